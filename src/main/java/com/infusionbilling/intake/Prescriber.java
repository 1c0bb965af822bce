package com.infusionbilling.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The ordering physician, identified by NPI (table {@code prescriber}). */
@Entity
@Table(name = "prescriber")
public class Prescriber {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String npi;
  private String firstName;
  private String lastName;

  protected Prescriber() {}

  public Prescriber(String npi, String firstName, String lastName) {
    this.npi = npi;
    this.firstName = firstName;
    this.lastName = lastName;
  }

  public Long getId() {
    return id;
  }

  public String getNpi() {
    return npi;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }
}
