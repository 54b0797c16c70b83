CREATE TABLE `approval_delegations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`delegator_id` integer NOT NULL,
	`delegate_id` integer NOT NULL,
	`role` text NOT NULL,
	`from_at` text NOT NULL,
	`until_at` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`delegator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`delegate_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `approval_delegations_delegate` ON `approval_delegations` (`delegate_id`);--> statement-breakpoint
CREATE TABLE `approval_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text,
	`requester_id` integer NOT NULL,
	`status` text NOT NULL,
	`summary` text NOT NULL,
	`created_at` text NOT NULL,
	`decided_at` text,
	FOREIGN KEY (`requester_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `approval_requests_subject` ON `approval_requests` (`subject_type`,`subject_id`);--> statement-breakpoint
CREATE INDEX `approval_requests_status` ON `approval_requests` (`status`);--> statement-breakpoint
CREATE TABLE `approval_steps` (
	`request_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`roles` text NOT NULL,
	`permission` text,
	`status` text NOT NULL,
	`decided_by` integer,
	`decided_at` text,
	`note` text,
	`delegation_id` integer,
	PRIMARY KEY(`request_id`, `position`),
	FOREIGN KEY (`request_id`) REFERENCES `approval_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`delegation_id`) REFERENCES `approval_delegations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `audit_log` ADD `params` text;--> statement-breakpoint
ALTER TABLE `loan_requests` ADD `received_by` integer;--> statement-breakpoint
ALTER TABLE `loan_requests` ADD `approval_id` integer REFERENCES approval_requests(id);--> statement-breakpoint
ALTER TABLE `loan_requests` ADD `archive_room_only` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `loan_requests` ADD `direct` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Requests made before the approval workflow get their one-step approval, as decided then; the
-- approver roles are those the policy named when they were made (fixed at submission).
INSERT INTO `approval_requests` (`id`, `subject_type`, `subject_id`, `requester_id`, `status`, `summary`, `created_at`, `decided_at`)
SELECT `id`, 'loan', CAST(`id` AS TEXT), `requester_id`,
  CASE
    WHEN `status` = 'submitted' THEN 'pending'
    WHEN `status` = 'rejected' THEN 'rejected'
    WHEN `status` = 'cancelled' AND `decided_at` IS NULL THEN 'cancelled'
    ELSE 'approved'
  END,
  '借阅申请 #' || `id`, `created_at`, `decided_at`
FROM `loan_requests` WHERE `status` <> 'draft';
--> statement-breakpoint
INSERT INTO `approval_steps` (`request_id`, `position`, `kind`, `roles`, `status`, `decided_by`, `decided_at`, `note`)
SELECT `id`, 0,
  CASE WHEN `level` = 'normal' AND `kind` IN ('view', 'checkout') THEN 'departmentHead' ELSE 'approver' END,
  CASE
    WHEN `kind` = 'copy' THEN '["generalManager","serviceManager"]'
    WHEN `level` = 'normal' THEN CASE `department` WHEN 'sales' THEN '["salesManager"]' WHEN 'management' THEN '["generalManager"]' ELSE '["serviceManager"]' END
    WHEN `level` = 'secret' THEN '["generalManager"]'
    ELSE '["serviceManager"]'
  END,
  CASE WHEN `decided_at` IS NULL THEN 'waiting' WHEN `status` = 'rejected' THEN 'rejected' ELSE 'approved' END,
  `decided_by`, `decided_at`, `decision_note`
FROM `loan_requests` WHERE `status` <> 'draft';
--> statement-breakpoint
UPDATE `loan_requests` SET `approval_id` = `id` WHERE `status` <> 'draft';--> statement-breakpoint
UPDATE `loan_requests` SET `archive_room_only` = 1 WHERE `level` = 'confidential' AND `kind` = 'view';--> statement-breakpoint
-- The old single-list policy is read as a one-step chain (normalisePolicy); moves kept their text.
ALTER TABLE `loan_requests` DROP COLUMN `decided_at`;--> statement-breakpoint
ALTER TABLE `loan_requests` DROP COLUMN `decided_by`;--> statement-breakpoint
ALTER TABLE `loan_requests` DROP COLUMN `decision_note`;--> statement-breakpoint
ALTER TABLE `location_history` ADD `from_loc` text;--> statement-breakpoint
ALTER TABLE `location_history` ADD `to_loc` text;--> statement-breakpoint
ALTER TABLE `location_history` ADD `reason` text;