package com.infusionbilling.billing.reference;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PayerRateRepository extends JpaRepository<PayerRateEntity, Long> {}
