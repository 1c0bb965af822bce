package com.infusionbilling.billing.reference;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NdcPackageRepository extends JpaRepository<NdcPackageEntity, String> {}
