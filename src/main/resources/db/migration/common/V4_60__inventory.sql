-- Drug inventory (issue 18; package com.infusionbilling.inventory owns these tables). A lot is what
-- one distributor invoice line delivered: NDC-11 and lot, expiry, how many containers (vials,
-- syringes) at what unit cost, and whether the clinic bought it (BUY_AND_BILL, billed with the
-- visit) or a manufacturer gave it (PATIENT_ASSISTANCE, kept apart and never billed). Every change
-- of stock is an inventory_movement, idempotent by its dedup_key (a dispense by the visit dispense
-- it copies); nothing is ever deleted. The weekly InventoryReconciliation stores one
-- inventory_reconciliation with a finding per lot it found something on.

CREATE TABLE inventory_lot (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  ndc               VARCHAR(11)   NOT NULL,
  hcpcs             VARCHAR(5)    NOT NULL,
  lot               VARCHAR(30)   NOT NULL,
  expiry            DATE          NOT NULL,
  -- containers received (vials, syringes); unit names what one of them is
  quantity          DECIMAL(12,3) NOT NULL,
  unit              VARCHAR(10)   NOT NULL,
  -- drug in one container (billing_ndc_package at receipt), e.g. 100 MG
  container_amount  DECIMAL(14,4) NOT NULL,
  amount_unit       VARCHAR(10)   NOT NULL,
  unit_cost         DECIMAL(12,2) NOT NULL,
  supplier_invoice  VARCHAR(50)   NOT NULL,
  received_on       DATE          NOT NULL,
  source            VARCHAR(20)   NOT NULL,
  received_by       VARCHAR(100)  NOT NULL,
  created_at        DATETIME(6)   NOT NULL,
  CONSTRAINT uk_inventory_lot UNIQUE (ndc, lot, source)
);
CREATE INDEX ix_inventory_lot_expiry ON inventory_lot (expiry);

CREATE TABLE inventory_movement (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  lot_id            BIGINT        NOT NULL,
  -- RECEIPT, DISPENSE, WASTE, RETURN, EXPIRY, ADJUSTMENT
  kind              VARCHAR(20)   NOT NULL,
  -- containers: positive into stock, negative out of it
  containers        DECIMAL(12,3) NOT NULL,
  -- drug given and discarded (a dispense), in the lot's amount_unit
  given_amount      DECIMAL(12,3) NOT NULL DEFAULT 0,
  discarded_amount  DECIMAL(12,3) NOT NULL DEFAULT 0,
  visit_id          BIGINT,
  occurred_on       DATE          NOT NULL,
  note              VARCHAR(500),
  dedup_key         VARCHAR(120)  NOT NULL,
  recorded_by       VARCHAR(100)  NOT NULL,
  recorded_at       DATETIME(6)   NOT NULL,
  CONSTRAINT uk_inventory_movement_dedup UNIQUE (dedup_key),
  CONSTRAINT fk_inventory_movement_lot FOREIGN KEY (lot_id) REFERENCES inventory_lot (id)
);
CREATE INDEX ix_inventory_movement_lot ON inventory_movement (lot_id, kind);
CREATE INDEX ix_inventory_movement_visit ON inventory_movement (visit_id);

CREATE TABLE inventory_reconciliation (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  as_of             DATE          NOT NULL,
  trigger_kind      VARCHAR(20)   NOT NULL,
  -- the process instance that ran it: a retried job finds its run again
  run_key           VARCHAR(60)   NOT NULL,
  lots_checked      INT           NOT NULL,
  created_at        DATETIME(6)   NOT NULL,
  CONSTRAINT uk_inventory_reconciliation_run UNIQUE (run_key)
);

-- Figures in HCPCS billing units of the lot's drug (units = amount / descriptor amount).
CREATE TABLE inventory_finding (
  id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
  reconciliation_id       BIGINT        NOT NULL,
  lot_id                  BIGINT        NOT NULL,
  purchased_units         DECIMAL(14,3) NOT NULL,
  dispensed_units         DECIMAL(14,3) NOT NULL,
  billed_units            DECIMAL(14,3) NOT NULL,
  on_hand_containers      DECIMAL(12,3) NOT NULL,
  -- dispensed - billed: positive is drug given or wasted but not billed, negative billed over
  variance_units          DECIMAL(14,3) NOT NULL,
  variance_dollars        DECIMAL(14,2) NOT NULL,
  expired_containers      DECIMAL(12,3) NOT NULL,
  expiring_containers     DECIMAL(12,3) NOT NULL,
  severity                VARCHAR(10),
  managers_alerted_at     DATETIME(6),
  cause                   VARCHAR(30),
  corrective_action       VARCHAR(1000),
  linked_visit_id         BIGINT,
  investigated_by         VARCHAR(100),
  investigated_at         DATETIME(6),
  CONSTRAINT uk_inventory_finding UNIQUE (reconciliation_id, lot_id),
  CONSTRAINT fk_inventory_finding_run FOREIGN KEY (reconciliation_id)
    REFERENCES inventory_reconciliation (id),
  CONSTRAINT fk_inventory_finding_lot FOREIGN KEY (lot_id) REFERENCES inventory_lot (id)
);
