package com.infusionbilling.intake;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PrescriberRepository extends JpaRepository<Prescriber, Long> {
  Optional<Prescriber> findByNpi(String npi);
}
