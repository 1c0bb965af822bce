package com.infusionbilling.billing.reference;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReferenceImportRepository extends JpaRepository<ReferenceImportEntity, Long> {

  Optional<ReferenceImportEntity> findFirstByKindAndSettingAndVersionLabelOrderByIdDesc(
      String kind, String setting, String versionLabel);

  List<ReferenceImportEntity> findByKindOrderByIdAsc(String kind);
}
