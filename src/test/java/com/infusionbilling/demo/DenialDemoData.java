package com.infusionbilling.demo;

import com.infusionbilling.claim.ClaimQueries;
import com.infusionbilling.denial.DenialManagementProcess;
import com.infusionbilling.episode.EpisodeRepository;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile, part 2b: the sandbox denies four of {@link VisitDemoData}'s claims by
 * their member IDs, so that "Work denial" waits in each work group of {@code
 * Decision_DenialRouting}:
 *
 * <ul>
 *   <li>{@code DENY197…}: CO-197/M62, no authorization on file: retro authorization ({@code
 *       authorization})
 *   <li>{@code DENY16…}: CO-16/M119 on a Medicare 837P: a new claim, not an appeal ({@code
 *       billing})
 *   <li>{@code DENY50…}, twice: CO-50 medical necessity: appeal ({@code appeals})
 * </ul>
 *
 * The demo plays the biller for the second CO-50 denial: it accepts the routed action, so its
 * {@code AppealCase} opens the Medicare redetermination with its deadline, renders the appeal
 * letter and waits in "Review and submit appeal". Idempotent: each task is completed once.
 */
@Component
@Profile("demo")
public class DenialDemoData implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(DenialDemoData.class);

  static final String APPEALED_REFERRAL = "DEMO-DENIAL-APPEALED";
  static final String BILLER = "biller";

  private final EpisodeRepository episodes;
  private final ClaimQueries claims;
  private final CamundaClient client;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final Set<Long> worked = ConcurrentHashMap.newKeySet();

  public DenialDemoData(EpisodeRepository episodes, ClaimQueries claims, CamundaClient client) {
    this.episodes = episodes;
    this.claims = claims;
    this.client = client;
  }

  @Override
  public void run(ApplicationArguments args) {
    scheduler.scheduleWithFixedDelay(this::appeal, 30, 5, TimeUnit.SECONDS);
  }

  /** Sends the appealed referral's CO-50 denial to appeal, as the biller would. */
  void appeal() {
    try {
      var episode = episodes.findByReferralId(APPEALED_REFERRAL);
      if (episode.isEmpty()) {
        return;
      }
      for (var claim : claims.ofEpisode(episode.get().getId())) {
        workDenials(claim.claimId());
      }
    } catch (Exception e) {
      log.debug("Demo denial pass skipped: {}", e.getMessage());
    }
  }

  void workDenials(long claimId) {
    var tasks =
        client
            .newUserTaskSearchRequest()
            .filter(
                f ->
                    f.elementId(DenialManagementProcess.TASK_WORK_DENIAL)
                        .state(UserTaskState.CREATED)
                        .processInstanceVariables(
                            List.of(
                                v ->
                                    v.name(DenialManagementProcess.VAR_CLAIM_ID)
                                        .value(String.valueOf(claimId)))))
            .send()
            .join()
            .items();
    for (var task : tasks) {
      if (!worked.add(task.getUserTaskKey())) {
        continue;
      }
      client.newAssignUserTaskCommand(task.getUserTaskKey()).assignee(BILLER).send().join();
      client
          .newCompleteUserTaskCommand(task.getUserTaskKey())
          .variables(
              Map.of(
                  DenialManagementProcess.VAR_DENIAL_ACTION,
                  "APPEAL",
                  DenialManagementProcess.VAR_WORK_NOTE,
                  "Infusion notes and the LCD support medical necessity; appeal."))
          .send()
          .join();
      log.info("Demo: the biller sent the denial of claim {} to appeal", claimId);
    }
  }
}
