// Generated from web/openapi/intake.json by `make api-types`. Do not edit.
export interface paths {
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Account
         * @description Registers an applicant (注册): name, resident ID number, mobile with its SMS code,
         *     password, e-mail. The answer never says whether the ID number had an account already.
         */
        post: operations["create_account_accounts_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Me
         * @description The logged-in applicant's own account.
         */
        get: operations["read_me_accounts_me_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change Own Password
         * @description Changes the applicant's own password (修改密码) with the current one. Every earlier login
         *     ends; the answer is this page's new token. A wrong current password counts as a failed
         *     login of this account (429 with Retry-After past the limit).
         */
        post: operations["change_own_password_accounts_password_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset Account Password
         * @description Sets a new password (找回密码) with the SMS code sent to the account's phone; every
         *     earlier login ends. Answered the same whether or not ID number and phone belong together.
         */
        post: operations["reset_account_password_accounts_password_reset_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/phone-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Phone Code
         * @description Sends a one-time SMS code (短信验证码) to the phone, for registration or password reset;
         *     at most one a minute. The answer is the same whether or not the number has an account.
         */
        post: operations["create_phone_code_accounts_phone_code_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Token
         * @description Logs in (登录) with ID number and password. Failures are counted by client, by ID number
         *     and by the two together; past a limit the answer is 429 with Retry-After.
         */
        post: operations["create_token_accounts_token_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look Up Applications
         * @description 申报查询: the applications whose applicant's name holds `q`, or whose id it is, drafts
         *     included, most recently changed first.
         */
        get: operations["look_up_applications_admin_applications_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Own
         * @description The logged-in applicant's applications.
         */
        get: operations["list_own_applications_get"];
        put?: never;
        /**
         * Create
         * @description Starts a new application (a draft) for the logged-in applicant.
         */
        post: operations["create_applications_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read
         * @description Where the application is now and how it got there (进度查询).
         */
        get: operations["read_applications__application_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Attachment
         * @description Adds a supporting scan (PDF or JPEG) with what it is (材料名称).
         */
        post: operations["add_attachment_applications__application_id__attachments_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/attachments/{file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove Attachment
         * @description Takes a scan off the draft (earlier submissions keep theirs).
         */
        delete: operations["remove_attachment_applications__application_id__attachments__file_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check
         * @description What submitting now would find (一致性检查): every check, every problem, form and field.
         */
        get: operations["check_applications__application_id__check_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Diff
         * @description What changed in the forms between two submissions, or since a submission in the draft.
         */
        get: operations["diff_applications__application_id__diff_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Draft
         * @description The draft as saved so far: employer facts, forms, photo, scans.
         */
        get: operations["read_draft_applications__application_id__draft_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/employer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save Employer
         * @description Saves the employer facts (单位信息): the kind and, as `GET /directory` says it needs, the
         *     region or the organisation. Codes not in the directory are refused here, naming the field;
         *     503 until review's directory has reached intake.
         */
        put: operations["save_employer_applications__application_id__employer_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/files/{file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download
         * @description A file of the draft or of an earlier submission, as stored (re-encoded, without metadata),
         *     under a name the server makes; `inline=true` to preview it in the page.
         */
        get: operations["download_applications__application_id__files__file_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/forms/comprehensive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 保存综合表
         * @description Saves the comprehensive form, replacing its draft; editable until submitted.
         */
        put: operations["save_form_applications__application_id__forms_comprehensive_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/forms/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 保存评审表
         * @description Saves the review form, replacing its draft; editable until submitted.
         */
        put: operations["save_form_applications__application_id__forms_review_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/forms/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 保存花名册
         * @description Saves the roster form, replacing its draft; editable until submitted.
         */
        put: operations["save_form_applications__application_id__forms_roster_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/forms/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * 保存申报简表
         * @description Saves the summary form, replacing its draft; editable until submitted.
         */
        put: operations["save_form_applications__application_id__forms_summary_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/forms/{kind}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Save Form Draft
         * @description Saves a form as typed so far (the portal saves as the applicant goes), even incomplete,
         *     and answers what is still wrong with it, each error naming the form and the field. A form
         *     saved incomplete is listed by the check and stops submission until it is complete.
         */
        put: operations["save_form_draft_applications__application_id__forms__kind__draft_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upload Photo
         * @description Uploads the 1-inch ID photo (JPEG/PNG) and answers the verdict at once, with what was
         *     measured; one that breaks a rule (GET /upload-rules) is refused (422) with the reason.
         */
        put: operations["upload_photo_applications__application_id__photo_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/route": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Route
         * @description The departments the draft will pass through, in order, from its employer step, and the
         *     mid-committee office it ends at; 422 naming what is missing.
         */
        get: operations["read_route_applications__application_id__route_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/submissions/{submission}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Submission
         * @description One submission as it was sent, with its own history (earlier ones stay readable).
         */
        get: operations["read_submission_applications__application_id__submissions__submission__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit
         * @description Submits the draft (提交申报), or resubmits it after a refusal; retry with the same
         *     Idempotency-Key after a timeout. Refused (422) with every problem while any stands.
         */
        post: operations["submit_applications__application_id__submit_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/applications/{application_id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request Withdrawal
         * @description Asks to withdraw (撤回) the submission; possible until the first department receives it.
         */
        post: operations["request_withdrawal_applications__application_id__withdraw_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Audit Records
         * @description The audit records, newest first, optionally of one action, one actor, a time span.
         */
        get: operations["audit_records_audit_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Directory
         * @description 单位类型, regions, provincial units and talent centres the employer step accepts; public.
         *     503 with Retry-After until review's directory has reached intake.
         */
        get: operations["read_directory_directory_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/form-layout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Form Layout
         * @description The four forms (申报简表, 综合表, 评审表, 花名册): each field's Chinese label, widget
         *     (年月 where the form says 年月), limits and choices; and the fields the forms share, which the
         *     portal has typed once and the check compares.
         */
        get: operations["read_form_layout_form_layout_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health
         * @description 200 while the process lives (it checks nothing else: see /ready).
         */
        get: operations["health_health_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/materials/{application_id}/{submission}/{file_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Open Material
         * @description One file of a submission, to look at in the page (inline, never cached).
         */
        get: operations["open_material_materials__application_id___submission___file_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/password-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Password Rules
         * @description The rules a new password must meet (注册, 找回密码), as intake checks them.
         */
        get: operations["read_password_rules_password_rules_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/photo-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check A Photo
         * @description The verdict on a photo, stored nowhere: the portal asks it before PUT …/photo, so that the
         *     applicant reads at once why a photo is refused (and its clarity figure) and nothing fails.
         */
        post: operations["check_a_photo_photo_check_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ready
         * @description 200 when the database and the broker answer and the migrations are at head.
         */
        get: operations["ready_ready_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/season": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Season
         * @description The current season's submission window; null while none is set (submission is open).
         */
        get: operations["read_season_season_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/upload-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Upload Rules
         * @description The photo's and the scans' rules, as this intake enforces them (its settings).
         */
        get: operations["read_upload_rules_upload_rules_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** AccountCreate */
        AccountCreate: {
            /**
             * 电子邮箱
             * @description optional: notices always go by SMS to the phone; e-mail is a second channel
             */
            email?: string | null;
            /** 身份证号码 */
            id_number: string;
            /** 姓名 */
            name: string;
            /** 密码 */
            password: string;
            /** 手机号码 */
            phone: string;
            /**
             * 短信验证码
             * @description from POST /accounts/phone-code
             */
            phone_code: string;
        };
        /** AccountRead */
        AccountRead: {
            /** Email */
            email: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Id Number Masked */
            id_number_masked: string;
            /** Name */
            name: string;
            /** Phone Masked */
            phone_masked: string;
        };
        /** Achievement */
        Achievement: {
            /** 本人作用 */
            role: string;
            /** 项目或成果名称 */
            title: string;
            /** 年份 */
            year: number;
        };
        /** ActionOut */
        ActionOut: {
            /** Action */
            action: string;
            /**
             * Hint
             * @description the rule of the action, stated next to its button
             */
            hint: string;
            /** Label */
            label: string;
        };
        /** ApplicantOut */
        ApplicantOut: {
            /** Id Number Masked */
            id_number_masked: string;
            /** Name */
            name: string;
            /** Phone Masked */
            phone_masked: string;
        };
        /** ApplicationBrief */
        ApplicationBrief: {
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Employer Name */
            employer_name: string | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Status */
            status: string;
            /** Status Label */
            status_label: string;
            /** Submission */
            submission: number;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** ApplicationCreated */
        ApplicationCreated: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Status */
            status: string;
            /** Status Label */
            status_label: string;
        };
        /** ApplicationFound */
        ApplicationFound: {
            /** Applicant Name */
            applicant_name: string;
            /**
             * Application Id
             * Format: uuid
             */
            application_id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /** Id Number Masked */
            id_number_masked: string;
            status: components["schemas"]["Status"];
            /** Status Label */
            status_label: string;
            /** Submission */
            submission: number;
            /** Submitted At */
            submitted_at: string | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /** ApplicationLookupPage */
        ApplicationLookupPage: {
            /** Items */
            items: components["schemas"]["ApplicationFound"][];
            /** Total */
            total: number;
        };
        /** ApplicationRead */
        ApplicationRead: {
            /**
             * Allowed Actions
             * @description what the applicant may do now
             */
            allowed_actions: components["schemas"]["ActionOut"][];
            applicant: components["schemas"]["ApplicantOut"];
            /** @description 退回补正 waiting for the applicant: what to correct */
            correction?: components["schemas"]["CorrectionOut"] | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            current_stage: components["schemas"]["CurrentStageOut"] | null;
            employer: components["schemas"]["EmployerOut"] | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Refusals
             * @description every refusal of every submission, with its reasons and the unit, oldest first
             */
            refusals: components["schemas"]["TimelineEntryOut"][];
            rejection: components["schemas"]["RejectionOut"] | null;
            /**
             * Review Finished
             * @description every department of the route has passed it on (it is at the committee)
             */
            review_finished: boolean;
            /** @description the departments the current submission passes through, in order (from the employer it was submitted with), or before the first submission the draft's; null while the employer step or review's directory is missing */
            route?: components["schemas"]["RouteOut"] | null;
            /** Status */
            status: string;
            /** Status Label */
            status_label: string;
            /** Submission */
            submission: number;
            /** Submissions */
            submissions: components["schemas"]["SubmissionBrief"][];
            /** Submitted At */
            submitted_at: string | null;
            /** Timeline */
            timeline: components["schemas"]["TimelineEntryOut"][];
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            withdrawal: components["schemas"]["WithdrawalOut"] | null;
        };
        /** AuditActionOut */
        AuditActionOut: {
            /**
             * Label
             * @description the action in Chinese
             */
            label: string;
            /**
             * Value
             * @description the action as stored, for the `action` filter
             */
            value: string;
        };
        /** AuditDetailOut */
        AuditDetailOut: {
            /**
             * Key
             * @description the detail's key as stored, e.g. organisation_code
             */
            key: string;
            /**
             * 项目
             * @description the key in Chinese
             */
            label: string;
            /**
             * 内容
             * @description the value, in Chinese where it is a code word
             */
            value: string;
        };
        /** AuditPage */
        AuditPage: {
            /**
             * Actions
             * @description the actions this service's records may be filtered by, labelled
             */
            actions: components["schemas"]["AuditActionOut"][];
            /** Items */
            items: components["schemas"]["AuditRecordOut"][];
            /** Total */
            total: number;
        };
        /** AuditRecordOut */
        AuditRecordOut: {
            /** 操作 */
            action: string;
            /**
             * 操作
             * @description the action in Chinese
             */
            action_label: string;
            /** 操作人 */
            actor: string;
            /**
             * 操作人
             * @description who acted, where the service knows it (else null)
             */
            actor_label: string | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** 详情 */
            detail: {
                [key: string]: unknown;
            } | null;
            /**
             * 详情
             * @description the detail, labelled
             */
            details: components["schemas"]["AuditDetailOut"][];
            /** Id */
            id: number;
            /** 来源地址 */
            source: string | null;
            /** 对象 */
            target: string;
            /**
             * 对象
             * @description what it was done to, where the service knows it (else null)
             */
            target_label: string | null;
        };
        /** Body_add_attachment_applications__application_id__attachments_post */
        Body_add_attachment_applications__application_id__attachments_post: {
            /** File */
            file: string;
            /**
             * Title
             * @description 材料名称，如 学历证书
             */
            title: string;
        };
        /** Body_check_a_photo_photo_check_post */
        Body_check_a_photo_photo_check_post: {
            /** File */
            file: string;
        };
        /** Body_upload_photo_applications__application_id__photo_put */
        Body_upload_photo_applications__application_id__photo_put: {
            /** File */
            file: string;
        };
        /** CheckOut */
        CheckOut: {
            /** Detail */
            detail: string;
            /**
             * Name
             * @description database, broker or migrations
             */
            name: string;
            /** Ok */
            ok: boolean;
        };
        /**
         * CheckReport
         * @description What intake checked before anything reached a reviewer (三、审核注意事项).
         */
        CheckReport: {
            /**
             * Checked At
             * Format: date-time
             */
            checked_at: string;
            /**
             * Mismatches
             * @default []
             */
            mismatches: components["schemas"]["Mismatch"][];
            /** Passed */
            passed: boolean;
            /** Results */
            results: components["schemas"]["CheckResult"][];
        };
        /**
         * CheckResult
         * @description One automated check and its outcome, e.g. 现从事专业 identical in all four forms.
         */
        CheckResult: {
            /**
             * Code
             * @description stable identifier, e.g. `consistent.current_profession`
             */
            code: string;
            /**
             * Detail
             * @default
             */
            detail: string;
            /**
             * Label
             * @description what was checked, in Chinese
             */
            label: string;
            /** Passed */
            passed: boolean;
        };
        /** ChoiceOut */
        ChoiceOut: {
            /** Label */
            label: string;
            /** Value */
            value: string;
        };
        /**
         * CodePurpose
         * @enum {string}
         */
        CodePurpose: "register" | "reset";
        /**
         * ComprehensiveForm
         * @description 综合表.
         */
        ComprehensiveForm: {
            /**
             * 业绩成果
             * @default []
             */
            achievements: components["schemas"]["Achievement"][];
            /**
             * 申报资格
             * @example 高级工程师
             */
            applied_title: string;
            /**
             * 获奖情况
             * @default []
             */
            awards: string[];
            /**
             * 出生日期
             * Format: date
             */
            birth_date: string;
            /** 现从事专业 */
            current_profession: string;
            /**
             * 学习经历
             * @default []
             */
            education_history: components["schemas"]["Study"][];
            /** 工作单位 */
            employer: string;
            /** 性别 */
            gender: components["schemas"]["Gender"];
            /** 身份证号码 */
            id_number: string;
            /** 姓名 */
            name: string;
            /**
             * 论文著作
             * @default []
             */
            publications: components["schemas"]["Publication"][];
            /**
             * 评审系列
             * @example 工程技术（建设工程）
             */
            series: string;
            /** 工作经历 */
            work_history: components["schemas"]["Work"][];
        };
        /** ComprehensiveFormIn */
        ComprehensiveFormIn: {
            /**
             * 业绩成果
             * @default []
             */
            achievements: components["schemas"]["Achievement"][];
            /**
             * 申报资格
             * @example 高级工程师
             */
            applied_title: string;
            /**
             * 获奖情况
             * @default []
             */
            awards: string[];
            /**
             * 出生日期
             * Format: date
             */
            birth_date: string;
            /** 现从事专业 */
            current_profession: string;
            /**
             * 学习经历
             * @default []
             */
            education_history: components["schemas"]["Study"][];
            /** 工作单位 */
            employer: string;
            /** 性别 */
            gender: components["schemas"]["Gender"];
            /** 身份证号码 */
            id_number: string;
            /** 姓名 */
            name: string;
            /**
             * 论文著作
             * @default []
             */
            publications: components["schemas"]["Publication"][];
            /**
             * 评审系列
             * @example 工程技术（建设工程）
             */
            series: string;
            /** 工作经历 */
            work_history: components["schemas"]["Work"][];
        };
        /**
         * CorrectionItemOut
         * @description One thing to correct; `path` is the field as the 检查 problems name it, for a link.
         */
        CorrectionItemOut: {
            /** Field */
            field: string;
            /** Field Label */
            field_label: string;
            /** Form */
            form: string;
            /** Form Label */
            form_label: string;
            /** Note */
            note: string;
            /**
             * Path
             * @example forms.comprehensive.current_profession
             */
            path: string;
        };
        /**
         * CorrectionOut
         * @description 退回补正: who returned the application, when, and every item to correct (一次性告知).
         */
        CorrectionOut: {
            /** Items */
            items: components["schemas"]["CorrectionItemOut"][];
            organisation: components["schemas"]["OrganisationOut"];
            /**
             * Requested At
             * Format: date-time
             */
            requested_at: string;
        };
        /** CountyOut */
        CountyOut: {
            /** Code */
            code: string;
            /** Name */
            name: string;
        };
        /** CurrentStageOut */
        CurrentStageOut: {
            /**
             * Held Label
             * @description that figure with its unit, as the portal says it: 3 个工作日
             */
            held_label: string | null;
            /**
             * Held Since
             * @description when this department got the case (the first of its lines in the timeline)
             */
            held_since: string | null;
            /**
             * Held Working Days
             * @description working days (holidays, 调休 and the season's closures not counted) it has held the case since the day it got it, as review's lists and 催办 count them
             */
            held_working_days: number | null;
            organisation: components["schemas"]["OrganisationOut"];
            /** Position */
            position: number;
            role: components["schemas"]["Role"];
            /** Role Label */
            role_label: string;
            /** Stage Count */
            stage_count: number;
            state: components["schemas"]["StageState"];
            /** State Label */
            state_label: string;
        };
        /** DiffRead */
        DiffRead: {
            /** Base */
            base: number;
            /** Changes */
            changes: components["schemas"]["FieldChange"][];
            /** Target */
            target: number | null;
        };
        /**
         * DirectoryOut
         * @description Everything the employer step accepts, for the portal's pickers.
         */
        DirectoryOut: {
            /** Employer Kinds */
            employer_kinds: components["schemas"]["EmployerKindOut"][];
            /** Provincial Units */
            provincial_units: components["schemas"]["UnitOut"][];
            /** Regions */
            regions: components["schemas"]["RegionOut"][];
            /** Talent Centers */
            talent_centers: components["schemas"]["TalentCenterOut"][];
        };
        /** DraftRead */
        DraftRead: {
            /**
             * Application Id
             * Format: uuid
             */
            application_id: string;
            /** Attachments */
            attachments: components["schemas"]["FileOut"][];
            /** Editable */
            editable: boolean;
            employer: components["schemas"]["EmployerOut"] | null;
            /**
             * Form Errors
             * @description what is still wrong with each form saved incomplete (empty: none)
             */
            form_errors: {
                [key: string]: components["schemas"]["FieldProblemOut"][];
            };
            /** Forms */
            forms: {
                [key: string]: {
                    [key: string]: unknown;
                } | null;
            };
            photo: components["schemas"]["FileOut"] | null;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
        };
        /**
         * EmployerIn
         * @description The employer step: the kind (单位类型) and, as `GET /directory` says the kind needs, the
         *     region or the organisation, each a code from that list.
         */
        EmployerIn: {
            /**
             * 单位类型
             * @example public
             * @example provincial_unit
             */
            kind: string;
            /** 单位名称 */
            name: string;
            /**
             * 所在县（市、区）或市的代码
             * @example 330106
             * @example 330100
             */
            region_code?: string | null;
            /**
             * 所属省直有关单位或人才交流中心的代码
             * @example pu.zjjg
             * @example 330106.talent_center
             */
            unit_code?: string | null;
        };
        /** EmployerKindOut */
        EmployerKindOut: {
            /**
             * Code
             * @description what the employer step's `kind` takes
             */
            code: string;
            /**
             * Label
             * @description 单位类型, as the portal shows it
             */
            label: string;
            /**
             * Needs
             * @description which of region_code / unit_code the applicant gives
             */
            needs: ("region_code" | "unit_code")[];
            /**
             * Region Levels
             * @description for region_code: the levels of region the kind takes (county, city)
             */
            region_levels: components["schemas"]["Level"][];
            /**
             * Units From
             * @description for unit_code: the list of this document to pick it from
             */
            units_from: ("provincial_units" | "talent_centers") | null;
        };
        /** EmployerOut */
        EmployerOut: {
            /** Kind */
            kind: string;
            /** Kind Label */
            kind_label: string;
            level: components["schemas"]["Level"];
            /** Name */
            name: string;
            /** Region Code */
            region_code: string;
            /** Region Name */
            region_name: string;
            /** Unit Code */
            unit_code: string | null;
            /** Unit Name */
            unit_name: string | null;
        };
        /** ErrorBody */
        ErrorBody: {
            detail: string | components["schemas"]["FieldError"][];
        };
        /**
         * FieldChange
         * @description One value that differs between two versions of the forms.
         */
        FieldChange: {
            /**
             * Field
             * @description dotted path, e.g. `work_history.1.employer`
             */
            field: string;
            /**
             * Field Label
             * @description e.g. 工作经历 第2项 工作单位
             */
            field_label: string;
            form: components["schemas"]["FormKind"];
            /** Form Label */
            form_label: string;
            /** New */
            new?: unknown;
            /** Old */
            old?: unknown;
        };
        /** FieldError */
        FieldError: {
            /** @description dotted path, e.g. `forms.summary.name` */
            field: string;
            /** @description body, query, path or header */
            in: string;
            /** @description what is wrong, in Chinese */
            message: string;
            /** @description machine-readable kind of error */
            type: string;
        };
        /** FieldOut */
        FieldOut: {
            /**
             * Choices
             * @default []
             */
            choices: components["schemas"]["ChoiceOut"][];
            /**
             * Columns
             * @description the columns of a `rows` field
             * @default []
             */
            columns: components["schemas"]["FieldOut"][];
            /**
             * Label
             * @description the form's own word for it
             */
            label: string;
            /** Max Items */
            max_items?: number | null;
            /** Max Length */
            max_length?: number | null;
            /** Maximum */
            maximum?: number | null;
            /** Min Items */
            min_items?: number | null;
            /** Minimum */
            minimum?: number | null;
            /** Name */
            name: string;
            /** Placeholder */
            placeholder?: string | null;
            /** Required */
            required: boolean;
            /**
             * Rule
             * @description for a field the forms share: what it must agree with
             */
            rule?: string | null;
            widget: components["schemas"]["Widget"];
        };
        /** FieldProblemOut */
        FieldProblemOut: {
            /**
             * Field
             * @description path, e.g. `forms.summary.current_profession`
             */
            field: string;
            /**
             * Message
             * @description in Chinese, naming the form and the field
             */
            message: string;
        };
        /**
         * FileKind
         * @enum {string}
         */
        FileKind: "photo" | "attachment";
        /** FileOut */
        FileOut: {
            /** Height */
            height: number | null;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            kind: components["schemas"]["FileKind"];
            /** Media Type */
            media_type: string;
            /**
             * Preview Url
             * @description the same file, to open in the page (inline)
             */
            preview_url: string;
            /**
             * Sharpness
             * @description the photo's clarity figure (清晰度)
             */
            sharpness: number | null;
            /** Size */
            size: number;
            /** Title */
            title: string;
            /**
             * Uploaded At
             * Format: date-time
             */
            uploaded_at: string;
            /**
             * Url
             * @description the file, to download
             */
            url: string;
            /** Width */
            width: number | null;
        };
        /**
         * FileRef
         * @description A stored file: intake keeps the content, addressed by its SHA-256.
         */
        FileRef: {
            /**
             * File Id
             * Format: uuid
             */
            file_id: string;
            /** Height */
            height?: number | null;
            kind: components["schemas"]["FileKind"];
            /**
             * Media Type
             * @example image/jpeg
             * @example application/pdf
             */
            media_type: string;
            /** Sha256 */
            sha256: string;
            /**
             * Sharpness
             * @description a photo's clarity: the variance of its Laplacian, as checked
             */
            sharpness?: number | null;
            /**
             * Size
             * @description bytes
             */
            size: number;
            /**
             * Title
             * @description what the file is, e.g. 证件照, 学历证书
             */
            title: string;
            /** Width */
            width?: number | null;
        };
        /** FileStored */
        FileStored: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Preview Url */
            preview_url: string;
            /** Url */
            url: string;
        };
        /**
         * FormDraftSaved
         * @description A form saved as typed so far, and what is still wrong with it.
         */
        FormDraftSaved: {
            /**
             * Complete
             * @description complete and valid: the check will compare it
             */
            complete: boolean;
            /** Errors */
            errors: components["schemas"]["FieldProblemOut"][];
            kind: components["schemas"]["FormKind"];
            /** Kind Label */
            kind_label: string;
        };
        /**
         * FormKind
         * @description The four forms the departments compare (三、审核注意事项).
         * @enum {string}
         */
        FormKind: "summary" | "comprehensive" | "review" | "roster";
        /** FormLayoutOut */
        FormLayoutOut: {
            /** Fields */
            fields: components["schemas"]["FieldOut"][];
            kind: components["schemas"]["FormKind"];
            /** Label */
            label: string;
        };
        /** FormsLayoutOut */
        FormsLayoutOut: {
            /** Forms */
            forms: components["schemas"]["FormLayoutOut"][];
            /** Shared */
            shared: components["schemas"]["SharedFieldOut"][];
        };
        /**
         * FormsSnapshot
         * @description The four forms as submitted.
         */
        FormsSnapshot: {
            /** 综合表 */
            comprehensive: components["schemas"]["ComprehensiveForm"];
            /** 评审表 */
            review: components["schemas"]["ReviewForm"];
            /** 花名册 */
            roster: components["schemas"]["RosterRow"];
            /** 申报简表 */
            summary: components["schemas"]["SummaryForm"];
        };
        /**
         * Gender
         * @enum {string}
         */
        Gender: "male" | "female";
        /** HealthOut */
        HealthOut: {
            /** Service */
            service: string;
            /**
             * Status
             * @description ok: the process lives
             */
            status: string;
        };
        JsonValue: unknown;
        /**
         * Level
         * @description Administrative level of an employer or organisation.
         * @enum {string}
         */
        Level: "county" | "city" | "province";
        /** LoginIn */
        LoginIn: {
            /** 身份证号码 */
            id_number: string;
            /** 密码 */
            password: string;
        };
        /**
         * Mismatch
         * @description A field of one form that disagrees with the reference it is compared to.
         */
        Mismatch: {
            /** Field */
            field: string;
            /** @description None for facts outside the forms (photo, employer) */
            form: components["schemas"]["FormKind"] | null;
            /**
             * Message
             * @description in Chinese, naming the form and the field
             */
            message: string;
        };
        /** OrganisationOut */
        OrganisationOut: {
            /** Code */
            code: string;
            /** Name */
            name: string;
        };
        /** PasswordChangeIn */
        PasswordChangeIn: {
            /** 新密码 */
            new_password: string;
            /** 原密码 */
            old_password: string;
        };
        /** PasswordResetIn */
        PasswordResetIn: {
            /** 身份证号码 */
            id_number: string;
            /** 新密码 */
            new_password: string;
            /** 手机号码 */
            phone: string;
            /** 短信验证码 */
            phone_code: string;
        };
        /**
         * PasswordRulesOut
         * @description What 注册 and 找回密码 require of a password, as intake checks it.
         */
        PasswordRulesOut: {
            /** Max Length */
            max_length: number;
            /** Min Length */
            min_length: number;
            /**
             * Statements
             * @description the rules in Chinese, in the order they are checked
             */
            statements: string[];
        };
        /** PhoneCodeIn */
        PhoneCodeIn: {
            /** 手机号码 */
            phone: string;
            /**
             * 用途
             * @description register: 注册; reset: 找回密码
             */
            purpose: components["schemas"]["CodePurpose"];
        };
        /**
         * PhoneCodeSent
         * @description The same answer whether or not the number has an account.
         */
        PhoneCodeSent: {
            /**
             * Resend After Seconds
             * @description wait this long before asking again
             */
            resend_after_seconds: number;
            /**
             * Sent
             * @default true
             * @constant
             */
            sent: true;
        };
        /** PhotoRulesOut */
        PhotoRulesOut: {
            /** Max Bytes */
            max_bytes: number;
            /** Media Types */
            media_types: string[];
            /** Min Height */
            min_height: number;
            /** Min Sharpness */
            min_sharpness: number;
            /** Min Width */
            min_width: number;
            /**
             * Statements
             * @description the rules in Chinese, as the page states them
             */
            statements: string[];
        };
        /**
         * PhotoStored
         * @description The photo's verdict at once: what was measured against which rule.
         */
        PhotoStored: {
            /** Height */
            height: number;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Min Sharpness */
            min_sharpness: number;
            /** Preview Url */
            preview_url: string;
            /**
             * Sharpness
             * @description 清晰度: variance of the Laplacian at print size
             */
            sharpness: number;
            /** Url */
            url: string;
            /**
             * Verdict
             * @description in Chinese, e.g. 照片合格：…
             */
            verdict: string;
            /** Width */
            width: number;
        };
        /**
         * PhotoVerdictOut
         * @description Whether a photo would be accepted, and why not: asked before the upload, so that a refused
         *     photo is a verdict on the page rather than a failed request.
         */
        PhotoVerdictOut: {
            /** Height */
            height?: number | null;
            /** Min Sharpness */
            min_sharpness: number;
            /** Passed */
            passed: boolean;
            /**
             * Rule
             * @description the rule it breaks, e.g. `blurred`; None if passed
             */
            rule: string | null;
            /**
             * Sharpness
             * @description 清晰度, when it was measured
             */
            sharpness?: number | null;
            /**
             * Verdict
             * @description in Chinese: 照片合格：… or the reason it is refused
             */
            verdict: string;
            /** Width */
            width?: number | null;
        };
        /** Publication */
        Publication: {
            /** 题目 */
            title: string;
            /** 刊物或出版社 */
            venue: string;
            /** 年份 */
            year: number;
        };
        /** ReadyOut */
        ReadyOut: {
            /** Checks */
            checks: components["schemas"]["CheckOut"][];
            /** Ready */
            ready: boolean;
        };
        /** RegionOut */
        RegionOut: {
            /**
             * Code
             * @example 330100
             */
            code: string;
            /** Counties */
            counties: components["schemas"]["CountyOut"][];
            /**
             * Name
             * @example 杭州市
             */
            name: string;
        };
        /**
         * RegistrationAccepted
         * @description The same answer whether the ID number was new or already had an account.
         */
        RegistrationAccepted: {
            /**
             * Accepted
             * @default true
             * @constant
             */
            accepted: true;
            /**
             * Message
             * @default 注册申请已受理，请使用身份证号码和密码登录；如该身份证号码已注册，请直接登录或找回密码
             */
            message: string;
        };
        /** RejectionOut */
        RejectionOut: {
            lower_unit: components["schemas"]["OrganisationOut"] | null;
            /** Reasons */
            reasons: string[];
            /**
             * Rejected At
             * Format: date-time
             */
            rejected_at: string;
            stage: components["schemas"]["StageOut"] | null;
        };
        /**
         * ReviewForm
         * @description 评审表.
         */
        ReviewForm: {
            /**
             * 申报资格
             * @example 高级工程师
             */
            applied_title: string;
            /**
             * 出生日期
             * Format: date
             */
            birth_date: string;
            /** 现从事专业 */
            current_profession: string;
            /** 现专业技术资格 */
            current_title: string;
            /**
             * 取得时间
             * Format: date
             */
            current_title_obtained_on: string;
            /** 工作单位 */
            employer: string;
            /**
             * 单位推荐意见
             * @default
             */
            employer_opinion: string;
            /** 性别 */
            gender: components["schemas"]["Gender"];
            /** 身份证号码 */
            id_number: string;
            /** 姓名 */
            name: string;
            /**
             * 评审系列
             * @example 工程技术（建设工程）
             */
            series: string;
            /** 任现职以来专业技术工作总结 */
            work_summary: string;
        };
        /** ReviewFormIn */
        ReviewFormIn: {
            /**
             * 申报资格
             * @example 高级工程师
             */
            applied_title: string;
            /**
             * 出生日期
             * Format: date
             */
            birth_date: string;
            /** 现从事专业 */
            current_profession: string;
            /** 现专业技术资格 */
            current_title: string;
            /**
             * 取得时间
             * Format: date
             */
            current_title_obtained_on: string;
            /** 工作单位 */
            employer: string;
            /**
             * 单位推荐意见
             * @default
             */
            employer_opinion: string;
            /** 性别 */
            gender: components["schemas"]["Gender"];
            /** 身份证号码 */
            id_number: string;
            /** 姓名 */
            name: string;
            /**
             * 评审系列
             * @example 工程技术（建设工程）
             */
            series: string;
            /** 任现职以来专业技术工作总结 */
            work_summary: string;
        };
        /**
         * Role
         * @description What an organisation does in the review.
         * @enum {string}
         */
        Role: "county_hr" | "city_bureau" | "city_hr" | "provincial_unit" | "provincial_authority" | "talent_center" | "mid_committee_office" | "senior_committee_office";
        /**
         * RosterRow
         * @description The applicant's row of the 花名册.
         */
        RosterRow: {
            /**
             * 申报资格
             * @example 高级工程师
             */
            applied_title: string;
            /**
             * 出生日期
             * Format: date
             */
            birth_date: string;
            /** 现从事专业 */
            current_profession: string;
            /** 现专业技术资格 */
            current_title: string;
            /**
             * 取得时间
             * Format: date
             */
            current_title_obtained_on: string;
            /** 学历 */
            education: string;
            /** 工作单位 */
            employer: string;
            /** 性别 */
            gender: components["schemas"]["Gender"];
            /** 身份证号码 */
            id_number: string;
            /** 姓名 */
            name: string;
            /** 从事本专业年限 */
            profession_years: number;
            /**
             * 备注
             * @default
             */
            remark: string;
            /**
             * 评审系列
             * @example 工程技术（建设工程）
             */
            series: string;
        };
        /** RosterRowIn */
        RosterRowIn: {
            /**
             * 申报资格
             * @example 高级工程师
             */
            applied_title: string;
            /**
             * 出生日期
             * Format: date
             */
            birth_date: string;
            /** 现从事专业 */
            current_profession: string;
            /** 现专业技术资格 */
            current_title: string;
            /**
             * 取得时间
             * Format: date
             */
            current_title_obtained_on: string;
            /** 学历 */
            education: string;
            /** 工作单位 */
            employer: string;
            /** 性别 */
            gender: components["schemas"]["Gender"];
            /** 身份证号码 */
            id_number: string;
            /** 姓名 */
            name: string;
            /** 从事本专业年限 */
            profession_years: number;
            /**
             * 备注
             * @default
             */
            remark: string;
            /**
             * 评审系列
             * @example 工程技术（建设工程）
             */
            series: string;
        };
        /**
         * RouteOut
         * @description The departments the draft will pass through, in order, from its current employer step,
         *     and the mid-committee office it ends at.
         */
        RouteOut: {
            ends_at: components["schemas"]["RouteStepOut"];
            /** Steps */
            steps: components["schemas"]["RouteStepOut"][];
        };
        /** RouteStepOut */
        RouteStepOut: {
            /** Org Code */
            org_code: string;
            /** Org Name */
            org_name: string;
            /**
             * Role Label
             * @description what the organisation does here, e.g. 市人力社保部门
             */
            role_label: string;
        };
        /** ScanRulesOut */
        ScanRulesOut: {
            /** Max Bytes */
            max_bytes: number;
            /** Max Count */
            max_count: number;
            /** Max Title Length */
            max_title_length: number;
            /** Media Types */
            media_types: string[];
            /** Statements */
            statements: string[];
        };
        /** SeasonWindowOut */
        SeasonWindowOut: {
            /**
             * Dates
             * @description the window in the notice's words, e.g. 2026年12月01日至…
             */
            dates: string;
            /**
             * Days Left
             * @description calendar days one may still submit on, today included
             */
            days_left: number;
            /**
             * Open Now
             * @description whether a submission today would be taken
             */
            open_now: boolean;
            /**
             * Submission Closes
             * Format: date
             */
            submission_closes: string;
            /**
             * Submission Opens
             * Format: date
             */
            submission_opens: string;
            /**
             * Year
             * @description 申报年度
             */
            year: number;
        };
        /**
         * SharedFieldOut
         * @description A field several forms carry: typed once, shown on each form that has it.
         */
        SharedFieldOut: {
            /** Forms */
            forms: components["schemas"]["FormKind"][];
            /** Label */
            label: string;
            /** Name */
            name: string;
            /** Rule */
            rule: string;
        };
        /** StageOut */
        StageOut: {
            organisation: components["schemas"]["OrganisationOut"];
            /** Position */
            position: number;
            role: components["schemas"]["Role"];
            /** Role Label */
            role_label: string;
            /** Stage Count */
            stage_count: number;
        };
        /**
         * StageState
         * @description Where a case stands at its current stage (the three screens of the notice).
         * @enum {string}
         */
        StageState: "pending_receipt" | "pending_approval" | "pending_forwarding";
        /**
         * Status
         * @enum {string}
         */
        Status: "draft" | "submitted" | "in_review" | "rejected" | "withdrawn" | "at_committee" | "committee_passed" | "sent_to_senior" | "not_recommended" | "correction_requested";
        /** Study */
        Study: {
            /** 学历学位 */
            degree: string;
            /** 截止年月 */
            end?: string | null;
            /** 专业 */
            major: string;
            /** 学校 */
            school: string;
            /**
             * 起始年月
             * Format: date
             */
            start: string;
        };
        /** SubmissionAccepted */
        SubmissionAccepted: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Status */
            status: string;
            /** Status Label */
            status_label: string;
            /** Submission */
            submission: number;
        };
        /** SubmissionBrief */
        SubmissionBrief: {
            /** Submission */
            submission: number;
            /**
             * Submitted At
             * Format: date-time
             */
            submitted_at: string;
        };
        /** SubmissionRead */
        SubmissionRead: {
            check_report: components["schemas"]["CheckReport"];
            employer: components["schemas"]["EmployerOut"];
            /** Files */
            files: components["schemas"]["FileRef"][];
            forms: components["schemas"]["FormsSnapshot"];
            /** Submission */
            submission: number;
            /**
             * Submitted At
             * Format: date-time
             */
            submitted_at: string;
            /** Timeline */
            timeline: components["schemas"]["TimelineEntryOut"][];
        };
        /**
         * SummaryForm
         * @description 申报简表.
         */
        SummaryForm: {
            /**
             * 主要业绩
             * @default
             */
            achievements_summary: string;
            /**
             * 申报资格
             * @example 高级工程师
             */
            applied_title: string;
            /**
             * 出生日期
             * Format: date
             */
            birth_date: string;
            /** 现从事专业 */
            current_profession: string;
            /** 现专业技术资格 */
            current_title: string;
            /**
             * 取得时间
             * Format: date
             */
            current_title_obtained_on: string;
            /** 学历 */
            education: string;
            /** 工作单位 */
            employer: string;
            /** 性别 */
            gender: components["schemas"]["Gender"];
            /** 所学专业 */
            graduated_major: string;
            /**
             * 毕业时间
             * Format: date
             */
            graduated_on: string;
            /** 毕业院校 */
            graduated_school: string;
            /** 身份证号码 */
            id_number: string;
            /** 姓名 */
            name: string;
            /** 从事本专业年限 */
            profession_years: number;
            /**
             * 评审系列
             * @example 工程技术（建设工程）
             */
            series: string;
        };
        /** SummaryFormIn */
        SummaryFormIn: {
            /**
             * 主要业绩
             * @default
             */
            achievements_summary: string;
            /**
             * 申报资格
             * @example 高级工程师
             */
            applied_title: string;
            /**
             * 出生日期
             * Format: date
             */
            birth_date: string;
            /** 现从事专业 */
            current_profession: string;
            /** 现专业技术资格 */
            current_title: string;
            /**
             * 取得时间
             * Format: date
             */
            current_title_obtained_on: string;
            /** 学历 */
            education: string;
            /** 工作单位 */
            employer: string;
            /** 性别 */
            gender: components["schemas"]["Gender"];
            /** 所学专业 */
            graduated_major: string;
            /**
             * 毕业时间
             * Format: date
             */
            graduated_on: string;
            /** 毕业院校 */
            graduated_school: string;
            /** 身份证号码 */
            id_number: string;
            /** 姓名 */
            name: string;
            /** 从事本专业年限 */
            profession_years: number;
            /**
             * 评审系列
             * @example 工程技术（建设工程）
             */
            series: string;
        };
        /** TalentCenterOut */
        TalentCenterOut: {
            /** Code */
            code: string;
            level: components["schemas"]["Level"];
            /** Name */
            name: string;
            /** Region Code */
            region_code: string;
        };
        /** TimelineEntryOut */
        TimelineEntryOut: {
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Organisation */
            organisation: string | null;
            /** Reasons */
            reasons: string[];
            /** Submission */
            submission: number;
            /** Summary */
            summary: string;
        };
        /** TokenOut */
        TokenOut: {
            /** Access Token */
            access_token: string;
            /**
             * Expires At
             * Format: date-time
             */
            expires_at: string;
            /**
             * Token Type
             * @default bearer
             */
            token_type: string;
        };
        /** UnitOut */
        UnitOut: {
            /**
             * Code
             * @example pu.zjjg
             */
            code: string;
            /** Name */
            name: string;
        };
        /** UploadRulesOut */
        UploadRulesOut: {
            photo: components["schemas"]["PhotoRulesOut"];
            scans: components["schemas"]["ScanRulesOut"];
        };
        /**
         * Widget
         * @enum {string}
         */
        Widget: "text" | "textarea" | "date" | "month" | "integer" | "choice" | "rows" | "lines";
        /** WithdrawalOut */
        WithdrawalOut: {
            /** Outcome */
            outcome: string;
            /** Outcome Label */
            outcome_label: string;
            /** Reason */
            reason: string | null;
            /** Requested At */
            requested_at: string | null;
            /** Settled At */
            settled_at: string | null;
        };
        /** Work */
        Work: {
            /** 工作单位 */
            employer: string;
            /** 截止年月 */
            end?: string | null;
            /** 职务 */
            position: string;
            /**
             * 起始年月
             * Format: date
             */
            start: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    create_account_accounts_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountCreate"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationAccepted"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求内容过大 (over the operation's body cap) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    read_me_accounts_me_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountRead"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    change_own_password_accounts_password_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordChangeIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenOut"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求内容过大 (over the operation's body cap) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    reset_account_password_accounts_password_reset_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求内容过大 (over the operation's body cap) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_phone_code_accounts_phone_code_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PhoneCodeIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneCodeSent"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求内容过大 (over the operation's body cap) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_token_accounts_token_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenOut"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求内容过大 (over the operation's body cap) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    look_up_applications_admin_applications_get: {
        parameters: {
            query: {
                q: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationLookupPage"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    list_own_applications_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationBrief"][];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    create_applications_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationCreated"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    read_applications__application_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationRead"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    add_attachment_applications__application_id__attachments_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_add_attachment_applications__application_id__attachments_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileStored"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求内容过大 (over the operation's body cap) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    remove_attachment_applications__application_id__attachments__file_id__delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    check_applications__application_id__check_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckReport"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    diff_applications__application_id__diff_get: {
        parameters: {
            query: {
                /** @description an earlier submission */
                base: number;
                /** @description a later one; omitted: the draft */
                target?: number | null;
            };
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiffRead"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    read_draft_applications__application_id__draft_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DraftRead"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    save_employer_applications__application_id__employer_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmployerIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求内容过大 (over the operation's body cap) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    download_applications__application_id__files__file_id__get: {
        parameters: {
            query?: {
                /** @description to open in the page rather than save */
                inline?: boolean;
            };
            header?: never;
            path: {
                application_id: string;
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    save_form_applications__application_id__forms_comprehensive_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ComprehensiveFormIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求内容过大 (over the operation's body cap) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    save_form_applications__application_id__forms_review_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewFormIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求内容过大 (over the operation's body cap) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    save_form_applications__application_id__forms_roster_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RosterRowIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求内容过大 (over the operation's body cap) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    save_form_applications__application_id__forms_summary_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SummaryFormIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求内容过大 (over the operation's body cap) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    save_form_draft_applications__application_id__forms__kind__draft_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
                kind: components["schemas"]["FormKind"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    [key: string]: components["schemas"]["JsonValue"];
                };
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormDraftSaved"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求内容过大 (over the operation's body cap) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    upload_photo_applications__application_id__photo_put: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_upload_photo_applications__application_id__photo_put"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoStored"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求内容过大 (over the operation's body cap) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    read_route_applications__application_id__route_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RouteOut"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    read_submission_applications__application_id__submissions__submission__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
                submission: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionRead"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    submit_applications__application_id__submit_post: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string | null;
                "x-correlation-id"?: string | null;
            };
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmissionAccepted"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    request_withdrawal_applications__application_id__withdraw_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationRead"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    audit_records_audit_get: {
        parameters: {
            query?: {
                /** @description e.g. account.register, account.change_password, account.reset_password */
                action?: string | null;
                /** @description an account id, or cli:<user> */
                actor?: string | null;
                /** @description at or after */
                since?: string | null;
                /** @description strictly before */
                before?: string | null;
                limit?: number;
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    read_directory_directory_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryOut"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    read_form_layout_form_layout_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FormsLayoutOut"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    health_health_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthOut"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    open_material_materials__application_id___submission___file_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                application_id: string;
                submission: number;
                file_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                    "image/jpeg": unknown;
                    "image/png": unknown;
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 文件不存在（或本部门无权查看） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    read_password_rules_password_rules_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordRulesOut"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    check_a_photo_photo_check_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["Body_check_a_photo_photo_check_post"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoVerdictOut"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 请求内容过大 (over the operation's body cap) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    ready_ready_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyOut"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description a check failed; the body says which and why */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyOut"];
                };
            };
        };
    };
    read_season_season_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeasonWindowOut"] | null;
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    read_upload_rules_upload_rules_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadRulesOut"];
                };
            };
            /** @description 未登录或登录已失效 (missing, invalid, expired or revoked token) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 无权进行此操作 (the account may not do this) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 不存在，或不属于此账号 (not found, or not the caller's) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 与当前状态冲突 (the state does not allow it, or another clerk acted first) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 输入有误：逐项列出字段和原因 (at most 20 listed, then a count) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 尝试过于频繁，Retry-After 秒后再试 (throttled) */
            429: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description 服务暂时不可用，Retry-After 秒后再试 (the database cannot be reached; nothing done) */
            503: {
                headers: {
                    /** @description seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
