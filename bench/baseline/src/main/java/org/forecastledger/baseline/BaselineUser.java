package org.forecastledger.baseline;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entity, so that Hibernate ORM, Flyway and security-jpa boot as they do in the real app. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class BaselineUser extends PanacheEntityBase {

    @Id
    public Long id;

    @Username
    public String username;

    @Password
    public String password;

    @Roles
    public String role;
}
