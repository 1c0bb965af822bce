package com.infusionbilling.billing.reference;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DrugRepository extends JpaRepository<DrugEntity, String> {}
