package com.infusionbilling.runtime.model;

import com.infusionbilling.runtime.expression.Expression;

/**
 * {@code zeebe:publishMessage} on a message throw or end event or a send task: the message (name
 * from the referenced bpmn:message) is published by the engine itself with the correlation key,
 * message id and time to live (static or FEEL), and the element completes.
 */
public record PublishMessage(
    Expression name, Expression correlationKey, Expression messageId, Expression timeToLive) {}
