package com.infusionbilling.denial;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WriteOffRepository extends JpaRepository<WriteOff, Long> {
  Optional<WriteOff> findByDenialId(long denialId);
}
