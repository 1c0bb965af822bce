package com.infusionbilling.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A patient (table {@code patient}). PHI: name, date of birth and address never leave the
 * application's tables; processes and logs carry {@link #getId()} only.
 */
@Entity
@Table(name = "patient")
public class Patient {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String mrn;
  private String firstName;
  private String lastName;
  private LocalDate dateOfBirth;

  /** F, M or U, as X12 DMG03 writes it. */
  private String sex;

  private String addressLine1;
  private String addressLine2;
  private String city;
  private String state;
  private String postalCode;
  private Instant createdAt;

  protected Patient() {}

  public Patient(
      String mrn,
      String firstName,
      String lastName,
      LocalDate dateOfBirth,
      String sex,
      String addressLine1,
      String addressLine2,
      String city,
      String state,
      String postalCode) {
    this.mrn = mrn;
    this.firstName = firstName;
    this.lastName = lastName;
    this.dateOfBirth = dateOfBirth;
    this.sex = sex;
    this.addressLine1 = addressLine1;
    this.addressLine2 = addressLine2;
    this.city = city;
    this.state = state;
    this.postalCode = postalCode;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getMrn() {
    return mrn;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public String getSex() {
    return sex;
  }

  public String getAddressLine1() {
    return addressLine1;
  }

  public String getAddressLine2() {
    return addressLine2;
  }

  public String getCity() {
    return city;
  }

  public String getState() {
    return state;
  }

  public String getPostalCode() {
    return postalCode;
  }

  @Override
  public String toString() {
    return "Patient[id=" + id + ", PHI redacted]";
  }
}
