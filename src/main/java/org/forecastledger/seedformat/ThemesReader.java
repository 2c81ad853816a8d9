package org.forecastledger.seedformat;

import org.forecastledger.seedformat.SeedSet.ThemeSeed;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads themes.yaml: each theme's id, title and description, in the order given. */
final class ThemesReader {

    static final Set<String> THEME_FIELDS = Set.of("id", "title", "description");

    private ThemesReader() {
    }

    static Map<String, ThemeSeed> read(SeedFolderReader folder) {
        Map<String, ThemeSeed> themes = new LinkedHashMap<>();
        Optional<YamlMapping> root = folder.parse(SeedFolderReader.THEMES);
        if (root.isEmpty()) {
            return themes;
        }
        root.get().rejectUnknownFields(Set.of("themes"));
        for (YamlMapping theme : root.get().mappings("themes", true, "a theme")) {
            String id = SeedFolderReader.slug(theme, "id", 80);
            theme.subject(id);
            theme.rejectUnknownFields(THEME_FIELDS);
            String title = theme.requiredText("title", 200);
            String description = theme.requiredText("description", 1000);
            if (id != null && themes.containsKey(id)) {
                theme.report("id", "duplicate theme id");
            } else if (id != null && title != null && description != null) {
                themes.put(id, new ThemeSeed(id, title.trim(), description.trim(), themes.size()));
            }
        }
        return themes;
    }
}
