package com.infusionbilling.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.Error;
import io.camunda.zeebe.model.bpmn.instance.Escalation;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.Signal;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.dc.Bounds;
import io.camunda.zeebe.model.bpmn.instance.di.Waypoint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model in {@code bpmn/} reads as a modeller would draw it (Camunda best practices, "Creating
 * readable process models"): every flow node and sequence flow is in the diagram, no two shapes
 * overlap (a boundary event on its host and a node inside its expanded sub-process excepted), no
 * sequence flow runs through a shape that is neither its source nor its target, and no id of a flow
 * node, sequence flow, message, error, signal or escalation is a generated one ({@code
 * sequenceFlow_<uuid>}, Camunda Modeler's {@code Flow_0abc123}): sequence flows are named {@code
 * Flow_<Source>_<Target>} or, out of a decision, {@code Flow_<Gateway>_<Answer>} ({@code
 * Flow_PaRequired_Yes}).
 *
 * <p>When this fails for a new or changed model: open it in Camunda Modeler, move the shapes and
 * bend points named in the message apart, and rename the ids it lists.
 */
class BpmnDiagramTest {

  static final Path BPMN = Path.of("bpmn");

  /** UUIDs (the Zeebe model builder) and Camunda Modeler's 7-character random suffixes. */
  static final Pattern GENERATED_ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}|_[01][0-9a-z]{6}$");

  /** Shapes may touch by this much (rounding of hand-placed shapes). */
  static final double OVERLAP_TOLERANCE = 2.0;

  /** A flow may graze a shape's border by this much (a bend point drawn on the border). */
  static final double BORDER_INSET = 4.0;

  static Stream<Path> models() throws IOException {
    try (Stream<Path> files = Files.walk(BPMN)) {
      return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void diagramHasNoOverlapsAndNoFlowThroughAnUnrelatedShape(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    assertThat(layoutProblems(model)).as(file + " layout").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void idsAreReadable(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    assertThat(unreadableIds(model)).as(file + " generated or unconventional ids").isEmpty();
  }

  @Test
  void theChecksFindOverlapsFlowsThroughShapesAndGeneratedIds() {
    // Task_B is drawn on top of Task_A, and the flow Start -> Task_A runs through Task_C.
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
            xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
            xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
            id="Definitions_Bad" targetNamespace="http://example.org">
          <process id="Bad" isExecutable="true">
            <startEvent id="Event_Start"/>
            <task id="Task_A"/>
            <task id="Task_B"/>
            <task id="Task_C"/>
            <sequenceFlow id="sequenceFlow_21a1dc68-456b-457d-b178-861d94b6efcf"
                sourceRef="Event_Start" targetRef="Task_A"/>
            <sequenceFlow id="Flow_0x1y2z3" sourceRef="Task_A" targetRef="Task_B"/>
          </process>
          <bpmndi:BPMNDiagram id="BPMNDiagram_Bad">
            <bpmndi:BPMNPlane id="BPMNPlane_Bad" bpmnElement="Bad">
              <bpmndi:BPMNShape id="Event_Start_di" bpmnElement="Event_Start">
                <dc:Bounds x="100" y="100" width="36" height="36"/>
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Task_C_di" bpmnElement="Task_C">
                <dc:Bounds x="200" y="78" width="100" height="80"/>
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Task_A_di" bpmnElement="Task_A">
                <dc:Bounds x="400" y="78" width="100" height="80"/>
              </bpmndi:BPMNShape>
              <bpmndi:BPMNShape id="Task_B_di" bpmnElement="Task_B">
                <dc:Bounds x="450" y="100" width="100" height="80"/>
              </bpmndi:BPMNShape>
              <bpmndi:BPMNEdge id="Flow_1_di"
                  bpmnElement="sequenceFlow_21a1dc68-456b-457d-b178-861d94b6efcf">
                <di:waypoint x="136" y="118"/>
                <di:waypoint x="400" y="118"/>
              </bpmndi:BPMNEdge>
              <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_0x1y2z3">
                <di:waypoint x="500" y="118"/>
                <di:waypoint x="550" y="118"/>
              </bpmndi:BPMNEdge>
            </bpmndi:BPMNPlane>
          </bpmndi:BPMNDiagram>
        </definitions>
        """;
    BpmnModelInstance model =
        Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

    assertThat(layoutProblems(model))
        .contains(
            "shapes overlap: Task_A / Task_B",
            "flow sequenceFlow_21a1dc68-456b-457d-b178-861d94b6efcf runs through Task_C");
    assertThat(unreadableIds(model))
        .containsExactlyInAnyOrder(
            "sequenceFlow_21a1dc68-456b-457d-b178-861d94b6efcf", "Flow_0x1y2z3");
  }

  // --- the checks --------------------------------------------------------------------------

  static List<String> layoutProblems(BpmnModelInstance model) {
    Map<String, double[]> bounds = new HashMap<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      Bounds b = shape.getBounds();
      if (shape.getBpmnElement() instanceof FlowNode node) {
        bounds.put(node.getId(), new double[] {b.getX(), b.getY(), b.getWidth(), b.getHeight()});
      }
    }
    List<String> problems = new ArrayList<>();
    List<FlowNode> nodes = new ArrayList<>(model.getModelElementsByType(FlowNode.class));
    for (FlowNode node : nodes) {
      if (!bounds.containsKey(node.getId())) {
        problems.add("no shape for " + node.getId());
      }
    }
    nodes.removeIf(n -> !bounds.containsKey(n.getId()));
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        FlowNode a = nodes.get(i);
        FlowNode b = nodes.get(j);
        if (mayOverlap(a, b)) {
          continue;
        }
        if (overlap(bounds.get(a.getId()), bounds.get(b.getId()))) {
          problems.add("shapes overlap: " + a.getId() + " / " + b.getId());
        }
      }
    }
    Map<String, List<double[]>> edges = new HashMap<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      List<double[]> points = new ArrayList<>();
      for (Waypoint w : edge.getWaypoints()) {
        points.add(new double[] {w.getX(), w.getY()});
      }
      if (edge.getBpmnElement() != null) {
        edges.put(edge.getBpmnElement().getId(), points);
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      List<double[]> points = edges.get(flow.getId());
      if (points == null || points.size() < 2) {
        problems.add("no edge for " + flow.getId());
        continue;
      }
      Set<FlowNode> ends = Set.of(flow.getSource(), flow.getTarget());
      for (FlowNode node : nodes) {
        if (ends.contains(node)
            || node instanceof SubProcess
            || (node instanceof BoundaryEvent be && ends.contains(be.getAttachedTo()))) {
          continue;
        }
        double[] r = bounds.get(node.getId());
        boolean hit = false;
        for (int k = 0; k + 1 < points.size() && !hit; k++) {
          hit = segmentCrosses(points.get(k), points.get(k + 1), r);
        }
        if (hit) {
          problems.add("flow " + flow.getId() + " runs through " + node.getId());
        }
      }
    }
    return problems;
  }

  static List<String> unreadableIds(BpmnModelInstance model) {
    List<String> bad = new ArrayList<>();
    Set<Class<? extends BaseElement>> named =
        Set.of(FlowElement.class, Message.class, Error.class, Signal.class, Escalation.class);
    Set<String> seen = new HashSet<>();
    for (Class<? extends BaseElement> type : named) {
      for (BaseElement element : model.getModelElementsByType(type)) {
        String id = element.getId();
        if (!seen.add(id)) {
          continue;
        }
        if (GENERATED_ID.matcher(id).find()
            || (element instanceof SequenceFlow && !id.startsWith("Flow_"))) {
          bad.add(id);
        }
      }
    }
    return bad;
  }

  /** A boundary event sits on its host; a node inside a sub-process sits on the sub-process. */
  static boolean mayOverlap(FlowNode a, FlowNode b) {
    if (a instanceof BoundaryEvent ba && (ba.getAttachedTo() == b || attachedToSame(ba, b))) {
      return true;
    }
    if (b instanceof BoundaryEvent bb && bb.getAttachedTo() == a) {
      return true;
    }
    return contains(a, b) || contains(b, a);
  }

  static boolean attachedToSame(BoundaryEvent a, FlowNode b) {
    return b instanceof BoundaryEvent bb && bb.getAttachedTo() == a.getAttachedTo();
  }

  static boolean contains(FlowNode outer, FlowNode inner) {
    ModelElementInstance parent = inner.getParentElement();
    while (parent != null) {
      if (parent == outer) {
        return true;
      }
      parent = parent.getParentElement();
    }
    return false;
  }

  static boolean overlap(double[] a, double[] b) {
    double pad = OVERLAP_TOLERANCE;
    return a[0] < b[0] + b[2] - pad
        && b[0] < a[0] + a[2] - pad
        && a[1] < b[1] + b[3] - pad
        && b[1] < a[1] + a[3] - pad;
  }

  /** Does the segment p-q enter the interior of rectangle r (Liang-Barsky clipping)? */
  static boolean segmentCrosses(double[] p, double[] q, double[] r) {
    double x0 = r[0] + BORDER_INSET;
    double y0 = r[1] + BORDER_INSET;
    double x1 = r[0] + r[2] - BORDER_INSET;
    double y1 = r[1] + r[3] - BORDER_INSET;
    if (x1 <= x0 || y1 <= y0) {
      return false;
    }
    double t0 = 0;
    double t1 = 1;
    double dx = q[0] - p[0];
    double dy = q[1] - p[1];
    double[][] edges = {{-dx, p[0] - x0}, {dx, x1 - p[0]}, {-dy, p[1] - y0}, {dy, y1 - p[1]}};
    for (double[] e : edges) {
      if (e[0] == 0) {
        if (e[1] < 0) {
          return false;
        }
      } else {
        double t = e[1] / e[0];
        if (e[0] < 0) {
          t0 = Math.max(t0, t);
        } else {
          t1 = Math.min(t1, t);
        }
        if (t0 > t1) {
          return false;
        }
      }
    }
    return true;
  }
}
