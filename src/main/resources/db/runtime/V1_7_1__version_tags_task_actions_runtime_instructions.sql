-- Issue 20: decisions and forms carry the version tag their resource declares (zeebe:versionTag on
-- a DMN decision, "versionTag" in a form's JSON), so business rule tasks and user tasks can bind to
-- them with bindingType "versionTag"; user tasks record the action of the last command on them.
ALTER TABLE rt_decision_definition ADD COLUMN version_tag VARCHAR(255);
ALTER TABLE rt_form ADD COLUMN version_tag VARCHAR(255);
ALTER TABLE rt_user_task ADD COLUMN task_action VARCHAR(64);
-- Runtime instructions of create process instance: terminate the instance once one of these
-- elements completed (comma-separated element ids).
ALTER TABLE rt_process_instance ADD COLUMN terminate_after VARCHAR(2048);
