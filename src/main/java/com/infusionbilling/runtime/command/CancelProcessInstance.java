package com.infusionbilling.runtime.command;

/** Cancel a root process instance (docs.camunda.io "Cancel process instance"). */
public record CancelProcessInstance(long processInstanceKey) {}
