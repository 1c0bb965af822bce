package com.infusionbilling.runtime.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Creating, cancelling and searching process instances. */
class ProcessInstanceConformanceTest extends ConformanceSupport {

  @ParameterizedTest
  @EnumSource(Transport.class)
  void anInstanceCanBeCreatedByDefinitionKey(Transport transport) {
    var client = client(transport);
    String id = uniqueId("bykey");
    long definitionKey = deploy(client, oneTask(id, uniqueId("t")), id);
    var created =
        client.newCreateInstanceCommand().processDefinitionKey(definitionKey).send().join();
    assertThat(created.getBpmnProcessId()).isEqualTo(id);
    assertThat(created.getProcessDefinitionKey()).isEqualTo(definitionKey);
    assertThat(processInstance(client, created.getProcessInstanceKey()).getState().name())
        .isEqualTo("ACTIVE");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void creatingAnInstanceOfAnUnknownProcessIsRejectedAsNotFound(Transport transport) {
    assertRejected(
        transport,
        () ->
            client(transport)
                .newCreateInstanceCommand()
                .bpmnProcessId(uniqueId("missing"))
                .latestVersion()
                .send()
                .join(),
        404,
        Status.Code.NOT_FOUND,
        "missing");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void cancellingAnInstanceTerminatesItsElementsAndItsJob(Transport transport) {
    var client = client(transport);
    String id = uniqueId("cancel");
    String type = uniqueId("t");
    deploy(client, oneTask(id, type), id);
    long key = start(client, id, Map.of());
    var job = activateOne(client, type);
    client.newCancelInstanceCommand(key).send().join();

    assertThat(processInstance(client, key).getState().name()).isEqualTo("TERMINATED");
    assertThat(elements(client, key))
        .filteredOn(e -> e.getElementId().equals("task"))
        .singleElement()
        .satisfies(e -> assertThat(e.getState().name()).isEqualTo("TERMINATED"));
    assertRejected(
        transport,
        () -> client.newCompleteCommand(job.getKey()).send().join(),
        404,
        Status.Code.NOT_FOUND,
        "no such job");
    assertRejected(
        transport,
        () -> client.newCancelInstanceCommand(key).send().join(),
        404,
        Status.Code.NOT_FOUND,
        String.valueOf(key));
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void elementInstancesAreRecordedWithTheirStateAndDates(Transport transport) {
    var client = client(transport);
    String id = uniqueId("history");
    String type = uniqueId("t");
    deploy(client, oneTask(id, type), id);
    long key = start(client, id, Map.of());
    var active = elements(client, key);
    assertThat(active).extracting(e -> e.getElementId()).containsExactly("start", "task");
    var task = active.get(1);
    assertThat(task.getState().name()).isEqualTo("ACTIVE");
    assertThat(task.getType().name()).isEqualTo("SERVICE_TASK");
    assertThat(task.getStartDate()).isNotNull();
    assertThat(task.getEndDate()).isNull();
    assertThat(
            client
                .newElementInstanceGetRequest(task.getElementInstanceKey())
                .send()
                .join()
                .getElementId())
        .isEqualTo("task");
  }

  @ParameterizedTest
  @EnumSource(Transport.class)
  void processInstancesCanBeSearchedFilteredSortedAndPaged(Transport transport) {
    var client = client(transport);
    String id = uniqueId("search");
    deploy(client, oneTask(id, uniqueId("t")), id);
    long first = start(client, id, Map.of("payer", "MEDICARE_PART_B"));
    long second = start(client, id, Map.of("payer", "COMMERCIAL_ACME"));
    long third = start(client, id, Map.of("payer", "MEDICARE_PART_B"));

    var page1 =
        client
            .newProcessInstanceSearchRequest()
            .filter(f -> f.processDefinitionId(id))
            .sort(s -> s.startDate().desc())
            .page(p -> p.limit(2))
            .send()
            .join();
    assertThat(page1.page().totalItems()).isEqualTo(3);
    assertThat(page1.items())
        .extracting(p -> p.getProcessInstanceKey())
        .containsExactly(third, second);
    var page2 =
        client
            .newProcessInstanceSearchRequest()
            .filter(f -> f.processDefinitionId(id))
            .sort(s -> s.startDate().desc())
            .page(p -> p.limit(2).after(page1.page().endCursor()))
            .send()
            .join();
    assertThat(page2.items()).extracting(p -> p.getProcessInstanceKey()).containsExactly(first);

    var medicare =
        client
            .newProcessInstanceSearchRequest()
            .filter(
                f -> f.processDefinitionId(id).variables(Map.of("payer", "\"MEDICARE_PART_B\"")))
            .send()
            .join();
    assertThat(medicare.items())
        .extracting(p -> p.getProcessInstanceKey())
        .containsExactlyInAnyOrder(first, third);
  }

  /**
   * A variable value filter compares the whole value, also beyond the indexed prefix
   * (rt_variable.value_prefix, 255 characters), and follows a value that was changed later.
   */
  @org.junit.jupiter.api.Test
  void aVariableFilterComparesTheWholeValueAndFollowsAnUpdatedValue() {
    var client = client(Transport.REST);
    String id = uniqueId("variable_search");
    deploy(client, oneTask(id, uniqueId("t")), id);
    String common = "x".repeat(300);
    long a = start(client, id, Map.of("note", common + "-a"));
    long b = start(client, id, Map.of("note", common + "-b"));
    long c = start(client, id, Map.of("note", "short"));
    // longer than the indexed prefix in UTF-16 characters, with characters outside the BMP
    String emoji = "\uD83D\uDC89".repeat(200);
    long d = start(client, id, Map.of("note", emoji));

    java.util.function.Function<String, List<Long>> byNote =
        value ->
            client
                .newProcessInstanceSearchRequest()
                .filter(f -> f.processDefinitionId(id).variables(Map.of("note", value)))
                .send()
                .join()
                .items()
                .stream()
                .map(p -> p.getProcessInstanceKey())
                .toList();
    assertThat(byNote.apply("\"" + common + "-b\"")).containsExactly(b);
    assertThat(byNote.apply("\"" + common + "-a\"")).containsExactly(a);
    assertThat(byNote.apply("\"" + common + "\"")).isEmpty();
    assertThat(byNote.apply("\"" + emoji + "\"")).containsExactly(d);

    client.newSetVariablesCommand(c).variables(Map.of("note", "changed")).send().join();
    assertThat(byNote.apply("\"changed\"")).containsExactly(c);
    assertThat(byNote.apply("\"short\"")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void aLikeFilterMatchesWildcardsAndANonTextPatternIsRejectedNamingTheProperty() {
    var client = client(Transport.REST);
    String id = uniqueId("like_search");
    deploy(client, oneTask(id, uniqueId("t")), id);
    long key = start(client, id, Map.of());

    var found =
        client
            .newProcessInstanceSearchRequest()
            .filter(f -> f.processDefinitionId(p -> p.like(id.substring(0, 8) + "*")))
            .send()
            .join()
            .items();
    assertThat(found).extracting(p -> p.getProcessInstanceKey()).contains(key);

    for (String pattern : new String[] {"{}", "[\"x\"]", "42", "null"}) {
      var response =
          com.infusionbilling.runtime.testing.TestHttp.exchange(
              com.infusionbilling.runtime.testing.TestRuntime.get().restAddress(),
              "POST",
              "/v2/process-instances/search",
              "{\"filter\":{\"processDefinitionId\":{\"$like\":" + pattern + "}}}");
      assertThat(response.status()).as("$like " + pattern).isEqualTo(400);
      assertThat(response.body()).contains("processDefinitionId").contains("$like");
    }
  }
}
