package com.infusionbilling.billing.reference;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PayerRepository extends JpaRepository<PayerEntity, String> {}
