-- Issue 20: user task listeners. A task whose lifecycle transition waits for its listeners keeps
-- the transition (event, listener index, action, the changes with the listeners' corrections,
-- completion variables) as JSON; a listener job carries the user task's properties it shows.
ALTER TABLE rt_user_task ADD COLUMN pending_transition LONGTEXT;
ALTER TABLE rt_job ADD COLUMN user_task LONGTEXT;
