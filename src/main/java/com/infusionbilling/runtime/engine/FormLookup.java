package com.infusionbilling.runtime.engine;

/** Finds the deployed form a user task links to (zeebe:formDefinition formId and bindingType). */
public interface FormLookup {

  /** The key of the latest version of the form in the tenant, or null when none is deployed. */
  Long latest(String formId, String tenantId);

  /** The key of the form deployed together with the process definition, or null. */
  Long inDeploymentOf(String formId, long processDefinitionKey);

  /** The key of the latest version of the form with the version tag, or null. */
  default Long withVersionTag(String formId, String versionTag, String tenantId) {
    return null;
  }

  FormLookup NONE =
      new FormLookup() {
        @Override
        public Long latest(String formId, String tenantId) {
          return null;
        }

        @Override
        public Long inDeploymentOf(String formId, long processDefinitionKey) {
          return null;
        }
      };
}
