package org.forecastledger.verdict;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.LocalDate;

/** A dated fact that supports a verdict revision. */
@Entity
public class Evidence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne
    @JoinColumn(name = "revision_id")
    public VerdictRevision revision;

    public int position;

    @Column(name = "event_date")
    public LocalDate date;

    public String summary;

    public String source;

    public String url;
}
