package com.infusionbilling.testing;

import io.camunda.process.test.api.CamundaSpringProcessTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Camunda Process Test of a lifecycle process in remote mode against the embedded runtime. The
 * application's own job workers are off, so the test decides every job's outcome (mocked workers)
 * and isolates the process; {@code TherapyEpisodeEndToEndTest} runs the real workers. The runtime
 * is purged before the class, so instances other tests left behind never match its selectors.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "camunda.client.worker.defaults.enabled=false")
@ExtendWith(PurgeRuntimeBeforeClass.class)
@CamundaSpringProcessTest
public @interface ProcessTest {}
