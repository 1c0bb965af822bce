package com.infusionbilling.runtime.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.infusionbilling.runtime.command.DeploymentOutcome.DecisionDeployed;
import com.infusionbilling.runtime.command.DeploymentOutcome.DecisionRequirementsDeployed;
import com.infusionbilling.runtime.command.DeploymentOutcome.Deployed;
import com.infusionbilling.runtime.command.DeploymentOutcome.FormDeployed;
import com.infusionbilling.runtime.command.DeploymentOutcome.ProcessDeployed;
import com.infusionbilling.runtime.decision.DecisionStore;
import com.infusionbilling.runtime.model.BpmnTransformer;
import com.infusionbilling.runtime.model.DeploymentRejectedException;
import com.infusionbilling.runtime.model.ExecutableProcess;
import com.infusionbilling.runtime.shared.InvalidArgumentException;
import com.infusionbilling.runtime.state.DefinitionStore;
import com.infusionbilling.runtime.state.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.dmn.parser.ParsedDmn;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deploys BPMN processes, DMN decisions and forms, all or nothing. Every resource is validated
 * before anything is stored. A resource identical to the latest version of what it defines (same
 * name and checksum) keeps that version; changed content gets the next version.
 */
public final class DeploymentProcessor {

  /** One uploaded resource. */
  public record Resource(String name, byte[] content) {}

  private final JdbcTemplate jdbc;
  private final BpmnTransformer transformer;
  private final DefinitionStore definitions;
  private final LongSupplier keys;
  private final DecisionStore decisions;
  private ProcessDeployedListener processDeployed = (key, process, tenantId, now) -> {};
  private DeploymentLimits limits = DeploymentLimits.defaults();

  /** Bounds checked before anything is parsed ({@link #checkLimits}). */
  public void limitTo(DeploymentLimits limits) {
    this.limits = limits;
  }

  /** Refuses a resource beyond the deployment limits; call before the deployment's transaction. */
  public void checkLimits(List<Resource> resources) {
    limits.check(resources);
  }

  /** Told of every new process definition version, inside the deployment's transaction. */
  @FunctionalInterface
  public interface ProcessDeployedListener {
    void deployed(long processDefinitionKey, ExecutableProcess process, String tenantId, long now);
  }

  /** E.g. the start events: a new version replaces the previous version's start subscriptions. */
  public void onProcessDeployed(ProcessDeployedListener listener) {
    this.processDeployed = listener;
  }

  public DeploymentProcessor(
      JdbcTemplate jdbc,
      BpmnTransformer transformer,
      DefinitionStore definitions,
      DecisionStore decisions,
      LongSupplier keys) {
    this.jdbc = jdbc;
    this.transformer = transformer;
    this.definitions = definitions;
    this.decisions = decisions;
    this.keys = keys;
  }

  private sealed interface Validated {}

  private record ValidatedBpmn(Resource resource, List<ExecutableProcess> processes)
      implements Validated {}

  private record ValidatedDmn(Resource resource, ParsedDmn parsed) implements Validated {}

  private record ValidatedForm(Resource resource, String formId, String versionTag)
      implements Validated {}

  /** Must run inside a transaction. */
  public DeploymentOutcome deploy(List<Resource> resources, String tenantId, long now) {
    if (resources == null || resources.isEmpty()) {
      throw new InvalidArgumentException(
          "Expected to deploy at least one resource, but none given");
    }
    List<Validated> validated = new ArrayList<>();
    Set<String> processIds = new HashSet<>();
    Set<String> decisionIds = new HashSet<>();
    for (Resource resource : resources) {
      Validated v = validate(resource);
      if (v instanceof ValidatedDmn dmn) {
        for (Decision decision : dmn.parsed().model().getModelElementsByType(Decision.class)) {
          if (!decisionIds.add(decision.getId())) {
            throw new InvalidArgumentException(
                "Expected to deploy new resources, but encountered the following errors:\n"
                    + "Duplicated decision id in resources '"
                    + decision.getId()
                    + "'");
          }
        }
      }
      if (v instanceof ValidatedBpmn bpmn) {
        for (ExecutableProcess process : bpmn.processes()) {
          if (!processIds.add(process.bpmnProcessId())) {
            throw new InvalidArgumentException(
                "Expected to deploy new resources, but encountered the following errors:\n"
                    + "Duplicated process id in resources '"
                    + process.bpmnProcessId()
                    + "'");
          }
        }
      }
      validated.add(v);
    }

    long deploymentKey = keys.getAsLong();
    jdbc.update(
        "INSERT INTO rt_deployment (deployment_key, tenant_id, created_at) VALUES (?,?,?)",
        deploymentKey,
        tenantId,
        now);
    List<Deployed> deployed = new ArrayList<>();
    for (Validated v : validated) {
      if (v instanceof ValidatedBpmn bpmn) {
        deployBpmn(bpmn, deploymentKey, tenantId, now, deployed);
      } else if (v instanceof ValidatedDmn dmn) {
        deployDmn(dmn, deploymentKey, tenantId, deployed);
      } else if (v instanceof ValidatedForm form) {
        deployForm(form, deploymentKey, tenantId, deployed);
      }
    }
    return new DeploymentOutcome(deploymentKey, tenantId, deployed);
  }

  private Validated validate(Resource resource) {
    String name = resource.name() == null ? "" : resource.name();
    String lower = name.toLowerCase(Locale.ROOT);
    try {
      if (lower.endsWith(".bpmn") || lower.endsWith(".xml")) {
        return new ValidatedBpmn(
            resource, transformer.transform(name, resource.content()).processes());
      }
      if (lower.endsWith(".dmn")) {
        return new ValidatedDmn(
            resource, decisions.engine().parse(resource.name(), resource.content()));
      }
      if (lower.endsWith(".form")) {
        JsonNode form = formJson(resource);
        return new ValidatedForm(resource, formId(resource, form), formVersionTag(form));
      }
    } catch (DeploymentRejectedException e) {
      throw new InvalidArgumentException(e.getMessage());
    }
    throw new InvalidArgumentException(
        "Expected to deploy new resources, but encountered the following errors:\n'"
            + name
            + "': unknown resource type; expected a .bpmn, .xml, .dmn or .form file");
  }

  private void deployBpmn(
      ValidatedBpmn bpmn, long deploymentKey, String tenantId, long now, List<Deployed> deployed) {
    String checksum = checksum(bpmn.resource().content());
    Long resourceKey = null;
    for (ExecutableProcess process : bpmn.processes()) {
      DefinitionStore.ProcessDefinitionRow latest =
          definitions.latestStored(process.bpmnProcessId(), tenantId);
      if (latest != null
          && latest.checksum().equals(checksum)
          && latest.resourceName().equals(bpmn.resource().name())) {
        deployed.add(
            new ProcessDeployed(
                latest.bpmnProcessId(),
                latest.version(),
                latest.key(),
                latest.resourceName(),
                tenantId));
        continue;
      }
      if (resourceKey == null) {
        resourceKey = storeResource(bpmn.resource(), "BPMN", checksum, deploymentKey, tenantId);
      }
      int version = latest == null ? 1 : latest.version() + 1;
      long key = keys.getAsLong();
      jdbc.update(
          "INSERT INTO rt_process_definition (process_definition_key, bpmn_process_id, name,"
              + " version, version_tag, resource_key, resource_name, deployment_key, checksum,"
              + " tenant_id, has_start_form, deployed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
          key,
          process.bpmnProcessId(),
          process.name(),
          version,
          process.versionTag(),
          resourceKey,
          bpmn.resource().name(),
          deploymentKey,
          checksum,
          tenantId,
          process.startForm() != null,
          now);
      definitions.cache(key, process);
      processDeployed.deployed(key, process, tenantId, now);
      deployed.add(
          new ProcessDeployed(
              process.bpmnProcessId(), version, key, bpmn.resource().name(), tenantId));
    }
  }

  private void deployDmn(
      ValidatedDmn dmn, long deploymentKey, String tenantId, List<Deployed> deployed) {
    Definitions drg = dmn.parsed().model().getDefinitions();
    String checksum = checksum(dmn.resource().content());
    var latest =
        jdbc.query(
            "SELECT decision_requirements_key, version, checksum, resource_name"
                + " FROM rt_decision_requirements WHERE decision_requirements_id = ?"
                + " AND tenant_id = ? ORDER BY version DESC LIMIT 1",
            (rs, i) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)},
            drg.getId(),
            tenantId);
    if (!latest.isEmpty()
        && latest.get(0)[2].equals(checksum)
        && latest.get(0)[3].equals(dmn.resource().name())) {
      long drgKey = (Long) latest.get(0)[0];
      int version = (Integer) latest.get(0)[1];
      deployed.add(
          new DecisionRequirementsDeployed(
              drg.getId(), drg.getName(), version, drgKey, dmn.resource().name(), tenantId));
      List<DecisionDeployed> unchanged =
          jdbc.query(
              "SELECT decision_definition_key, decision_id, name, version"
                  + " FROM rt_decision_definition WHERE decision_requirements_key = ?",
              (rs, i) ->
                  new DecisionDeployed(
                      rs.getString(2),
                      rs.getString(3),
                      rs.getInt(4),
                      rs.getLong(1),
                      drg.getId(),
                      drgKey,
                      tenantId),
              drgKey);
      for (DecisionDeployed decision : unchanged) {
        deployed.add(decision);
        linkToDeployment(deploymentKey, decision.decisionId(), decision.decisionKey());
      }
      return;
    }
    long resourceKey = storeResource(dmn.resource(), "DMN", checksum, deploymentKey, tenantId);
    int version = latest.isEmpty() ? 1 : (Integer) latest.get(0)[1] + 1;
    long drgKey = keys.getAsLong();
    jdbc.update(
        "INSERT INTO rt_decision_requirements (decision_requirements_key,"
            + " decision_requirements_id, name, version, resource_key, resource_name,"
            + " deployment_key, checksum, tenant_id) VALUES (?,?,?,?,?,?,?,?,?)",
        drgKey,
        drg.getId(),
        drg.getName(),
        version,
        resourceKey,
        dmn.resource().name(),
        deploymentKey,
        checksum,
        tenantId);
    deployed.add(
        new DecisionRequirementsDeployed(
            drg.getId(), drg.getName(), version, drgKey, dmn.resource().name(), tenantId));
    decisions.cache(drgKey, dmn.parsed());
    for (Decision decision : dmn.parsed().model().getModelElementsByType(Decision.class)) {
      Integer previous =
          jdbc.query(
              "SELECT MAX(version) FROM rt_decision_definition WHERE decision_id = ?"
                  + " AND tenant_id = ?",
              rs -> rs.next() ? (Integer) rs.getObject(1) : null,
              decision.getId(),
              tenantId);
      int decisionVersion = previous == null ? 1 : previous + 1;
      long decisionKey = keys.getAsLong();
      jdbc.update(
          "INSERT INTO rt_decision_definition (decision_definition_key, decision_id, name,"
              + " version, decision_requirements_key, decision_requirements_id, deployment_key,"
              + " tenant_id, version_tag) VALUES (?,?,?,?,?,?,?,?,?)",
          decisionKey,
          decision.getId(),
          decision.getName(),
          decisionVersion,
          drgKey,
          drg.getId(),
          deploymentKey,
          tenantId,
          versionTagOf(decision));
      deployed.add(
          new DecisionDeployed(
              decision.getId(),
              decision.getName(),
              decisionVersion,
              decisionKey,
              drg.getId(),
              drgKey,
              tenantId));
      linkToDeployment(deploymentKey, decision.getId(), decisionKey);
    }
  }

  /** A decision's zeebe:versionTag (Camunda Modeler writes it as an extension element). */
  private static String versionTagOf(Decision decision) {
    if (decision.getExtensionElements() == null) {
      return null;
    }
    for (var child : decision.getExtensionElements().getDomElement().getChildElements()) {
      if ("versionTag".equals(child.getLocalName())
          && "http://camunda.org/schema/zeebe/1.0".equals(child.getNamespaceURI())) {
        String value = child.getAttribute("value");
        return value == null || value.isBlank() ? null : value.strip();
      }
    }
    return null;
  }

  /** Business rule tasks with bindingType "deployment" call the decisions of their deployment. */
  private void linkToDeployment(long deploymentKey, String decisionId, long decisionKey) {
    jdbc.update(
        "INSERT INTO rt_deployed_decision (deployment_key, decision_id, decision_definition_key)"
            + " VALUES (?,?,?)",
        deploymentKey,
        decisionId,
        decisionKey);
  }

  private void deployForm(
      ValidatedForm form, long deploymentKey, String tenantId, List<Deployed> deployed) {
    String checksum = checksum(form.resource().content());
    var latest =
        jdbc.query(
            "SELECT form_key, version, checksum, resource_name FROM rt_form WHERE form_id = ?"
                + " AND tenant_id = ? ORDER BY version DESC LIMIT 1",
            (rs, i) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)},
            form.formId(),
            tenantId);
    if (!latest.isEmpty()
        && latest.get(0)[2].equals(checksum)
        && latest.get(0)[3].equals(form.resource().name())) {
      linkForm(deploymentKey, (Long) latest.get(0)[0], form.formId());
      deployed.add(
          new FormDeployed(
              form.formId(),
              (Integer) latest.get(0)[1],
              (Long) latest.get(0)[0],
              form.resource().name(),
              tenantId));
      return;
    }
    long resourceKey = storeResource(form.resource(), "FORM", checksum, deploymentKey, tenantId);
    int version = latest.isEmpty() ? 1 : (Integer) latest.get(0)[1] + 1;
    long formKey = keys.getAsLong();
    jdbc.update(
        "INSERT INTO rt_form (form_key, form_id, version, resource_key, resource_name,"
            + " deployment_key, checksum, tenant_id, version_tag) VALUES (?,?,?,?,?,?,?,?,?)",
        formKey,
        form.formId(),
        version,
        resourceKey,
        form.resource().name(),
        deploymentKey,
        checksum,
        tenantId,
        form.versionTag());
    linkForm(deploymentKey, formKey, form.formId());
    deployed.add(
        new FormDeployed(form.formId(), version, formKey, form.resource().name(), tenantId));
  }

  /** Records that the deployment holds this form version (for bindingType "deployment"). */
  private void linkForm(long deploymentKey, long formKey, String formId) {
    Integer linked =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM rt_deployment_form WHERE deployment_key = ? AND form_key = ?",
            Integer.class,
            deploymentKey,
            formKey);
    if (linked != null && linked > 0) {
      return; // the same form twice in one deployment
    }
    jdbc.update(
        "INSERT INTO rt_deployment_form (deployment_key, form_key, form_id) VALUES (?,?,?)",
        deploymentKey,
        formKey,
        formId);
  }

  private long storeResource(
      Resource resource, String type, String checksum, long deploymentKey, String tenantId) {
    long key = keys.getAsLong();
    jdbc.update(
        "INSERT INTO rt_resource (resource_key, deployment_key, resource_name, resource_type,"
            + " checksum, content, tenant_id) VALUES (?,?,?,?,?,?,?)",
        key,
        deploymentKey,
        resource.name(),
        type,
        checksum,
        resource.content(),
        tenantId);
    return key;
  }

  private static JsonNode formJson(Resource resource) {
    try {
      return Json.MAPPER.readTree(new String(resource.content(), StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new DeploymentRejectedException(
          resource.name(), List.of("the form is not valid JSON: " + e.getMessage()));
    }
  }

  /** A form's "versionTag" (set in Camunda Modeler), or null. */
  private static String formVersionTag(JsonNode form) {
    JsonNode tag = form == null ? null : form.get("versionTag");
    return tag == null || !tag.isTextual() || tag.asText().isBlank() ? null : tag.asText().strip();
  }

  private static String formId(Resource resource, JsonNode node) {
    JsonNode id = node == null ? null : node.get("id");
    if (id == null || !id.isTextual() || id.asText().isBlank()) {
      throw new DeploymentRejectedException(
          resource.name(), List.of("the form has no 'id', which a user task links to"));
    }
    return id.asText();
  }

  static String checksum(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
