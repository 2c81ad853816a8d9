package org.forecastledger.account;

import java.util.Locale;
import java.util.Optional;

/** What an account may do. Each role includes what the ones before it may. */
public enum Role {
    VIEWER("viewer", "Reads every page and the API"),
    REVIEWER("reviewer", "Also records verdicts and votes in review sessions"),
    FACILITATOR("facilitator", "Also runs review sessions and manages accounts");

    /** The role names used in @RolesAllowed. */
    public static final String VIEWER_NAME = "viewer";
    public static final String REVIEWER_NAME = "reviewer";
    public static final String FACILITATOR_NAME = "facilitator";

    public final String id;
    public final String description;

    Role(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public static Optional<Role> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (Role role : values()) {
            if (role.id.equals(wanted)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** The security roles an account of this role holds: its own and every lesser one. */
    public java.util.Set<String> granted() {
        java.util.Set<String> granted = new java.util.LinkedHashSet<>();
        for (Role role : values()) {
            if (role.ordinal() <= ordinal()) {
                granted.add(role.id);
            }
        }
        return granted;
    }
}
