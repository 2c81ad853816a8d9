package org.forecastledger.web;

import jakarta.annotation.security.PermitAll;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The methodology page, rendered from docs/methodology.md (bundled on the classpath at build time). */
@PermitAll
@Path("/methodology")
@Produces(MediaType.TEXT_HTML)
public class MethodologyResource {

    static final String SOURCE = "/docs/methodology.md";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance methodology(String html);
    }

    private final String html = render();

    @GET
    public TemplateInstance methodology() {
        return Templates.methodology(html);
    }

    /** Our own Markdown, with any raw HTML in it escaped, so the result is safe to insert as markup. */
    static String render() {
        try (InputStream in = MethodologyResource.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " is missing from the classpath");
            }
            String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
            return HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true).build()
                    .render(Parser.builder().extensions(extensions).build().parse(markdown));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
