package org.forecastledger.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A person who logs in. quarkus-security-jpa reads it to check a password (bcrypt, modular crypt format) and to
 * grant its role; {@link AccountAugmentor} turns a disabled account away.
 */
@Entity
@Table(name = "app_user")
@UserDefinition
public class Account extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    public String username;

    @Password
    @Column(name = "password_hash")
    public String passwordHash;

    /** The role's id (viewer, reviewer, facilitator); {@link AccountAugmentor} adds the lesser roles it includes. */
    @Roles
    public String role;

    public boolean enabled = true;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "password_changed_at")
    public Instant passwordChangedAt;

    public Role role() {
        return Role.parse(role).orElseThrow();
    }

    public static Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static List<Account> listByName() {
        return list("order by username");
    }

    public static long countEnabledFacilitators() {
        return count("role = ?1 and enabled = true", Role.FACILITATOR.id);
    }
}
