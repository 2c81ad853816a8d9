package org.forecastledger.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.List;

/** A cross-year subject that groups the rows of the comparison. */
@Entity
public class Theme extends PanacheEntityBase {

    @Id
    public String id;

    public String title;

    public String description;

    /** Row order on the dashboard. */
    public int position;

    public static List<Theme> listInOrder() {
        return list("order by position");
    }
}
