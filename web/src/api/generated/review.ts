// Generated from web/openapi/review.json by `make api-types`. Do not edit.
export interface paths {
    "/admin/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Accounts
         * @description Every account, or those of one organisation, of one role of organisation, of one kind,
         *     enabled or disabled, whose username or holder's name holds `q`.
         */
        get: operations["list_accounts_admin_accounts_get"];
        put?: never;
        /**
         * Create
         * @description Creates an account (统一分配的账号); its initial password is in this answer only.
         */
        post: operations["create_admin_accounts_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/accounts/{account_id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable
         * @description Disables the account; its tokens stop working at once.
         */
        post: operations["disable_admin_accounts__account_id__disable_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/accounts/{account_id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable
         * @description Lets a disabled account log in again.
         */
        post: operations["enable_admin_accounts__account_id__enable_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/accounts/{account_id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * New Password
         * @description A new generated password; the account's tokens stop working at once.
         */
        post: operations["new_password_admin_accounts__account_id__reset_password_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look Up Cases
         * @description 申报查询: the cases whose applicant's name holds `q`, or whose application (or case) id it
         *     is, newest first, each with where it is now.
         */
        get: operations["look_up_cases_admin_cases_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/cases/{case_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Case Whereabouts
         * @description One case: where it is, its route and its timeline (ID number masked).
         */
        get: operations["case_whereabouts_admin_cases__case_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Province Figures
         * @description Every department's stages together, by city: the operator's view of the season.
         */
        get: operations["province_figures_admin_figures_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/figures.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Province Figures Workbook */
        get: operations["province_figures_workbook_admin_figures_xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Overdue Cases
         * @description 超期: every case waiting at a department past its role's working days (the season's
         *     limits), by department, with the 催办 reminders sent for it (ID numbers masked).
         */
        get: operations["overdue_cases_admin_overdue_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Routes
         * @description Every choice of the employer step (a kind with a region, or a named organisation) and
         *     the organisations its route passes, in order: what the directory and route table imply.
         */
        get: operations["routes_admin_routes_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/season": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Season
         * @description The current season; null before the operator has set one.
         */
        get: operations["read_season_admin_season_get"];
        /**
         * Put Season
         * @description Sets the season; intake applies its submission window as soon as it hears of it.
         */
        put: operations["put_season_admin_season_put"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/system/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Queues
         * @description Each service's queues: messages waiting, consumers (its worker), dead letters.
         */
        get: operations["queues_admin_system_queues_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/system/workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Workers
         * @description Each service's worker as its own /ready answers (database, broker, migrations), asked
         *     at the addresses REVIEW_WORKER_READY_URLS names.
         */
        get: operations["workers_admin_system_workers_get"];
        put?: never;
        post?: never;
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
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Login
         * @description A short-lived token for a department's or the operator's account. Failures are counted
         *     by client, by username and by the two together; past a limit: 429 with Retry-After.
         */
        post: operations["login_auth_login_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Me
         * @description The logged-in account.
         */
        get: operations["me_auth_me_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * New Password
         * @description Changes the account's own password; its other tokens stop working.
         */
        post: operations["new_password_auth_password_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Cases
         * @description One list of the logged-in department's cases.
         */
        get: operations["list_cases_cases_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Counts
         * @description How many cases each list holds (the menu badges).
         */
        get: operations["list_counts_cases_counts_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export List
         * @description The list as the screen shows it (same filters and order), every page of it, for 汇总.
         */
        get: operations["export_list_cases_export_xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forward Many
         * @description 审核汇总后报送: forwards several cases at once; the answer lists each case's result.
         */
        post: operations["forward_many_cases_forward_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/forward/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forward Preview
         * @description 审核汇总后报送, previewed: for exactly the ticked cases, where each would go or why it
         *     cannot be forwarded. Nothing moves.
         */
        post: operations["forward_preview_cases_forward_preview_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/menu": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Menu
         * @description The menu as the notice names it (待接收申报材料 / 待处理申报材料 / 已处理), with badges.
         */
        get: operations["menu_cases_menu_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/refusal-reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Refusal Reasons
         * @description Common reasons for 不予接收 / 审核不同意, to pick from (free text may be added).
         */
        get: operations["refusal_reasons_cases_refusal_reasons_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{case_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Case
         * @description The case page: the four forms with the check's findings on their fields, photo and
         *     scans, route as steps, full history, the actions allowed now and who a refusal would tell.
         */
        get: operations["read_case_cases__case_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{case_id}/forms.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Print Forms
         * @description The case's 申报简表 and 评审表 as the paper copy looks, with the opinions signed so far.
         */
        get: operations["print_forms_cases__case_id__forms_pdf_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{case_id}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forward
         * @description 报送: to the next stage of the case's route (the last stage hands it to the committee).
         */
        post: operations["forward_cases__case_id__forward_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{case_id}/id-number": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reveal
         * @description 显示完整号码: the full ID number for the department holding the case, recorded in the
         *     case's history and the audit records (who, when, from where).
         */
        post: operations["reveal_cases__case_id__id_number_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{case_id}/opinion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign Opinion
         * @description 签署审核意见: agree (→ 待报送材料) or disagree with a reason (the route ends).
         */
        post: operations["sign_opinion_cases__case_id__opinion_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{case_id}/paper-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check Paper
         * @description 纸质材料已核对: the paper copy arrived and matches the electronic one. No body is needed;
         *     `{"note": "..."}` adds a remark.
         */
        post: operations["check_paper_cases__case_id__paper_check_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{case_id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive
         * @description 接收: the department takes the case in (待接收申报材料 → 待审批材料).
         */
        post: operations["receive_cases__case_id__receive_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{case_id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refuse
         * @description 不予接收: refused with a reason; the applicant and the unit that sent it are told.
         */
        post: operations["refuse_cases__case_id__refuse_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cases/{case_id}/return-for-correction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Return For Correction
         * @description 退回补正: back to the applicant with every item to correct, each a form's field and what
         *     to correct (一次性告知); once corrected it comes back here, at this stage. Refused with an
         *     empty list or an item without form, field or note; a field the form does not have is a 422.
         */
        post: operations["return_for_correction_cases__case_id__return_for_correction_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Department Figures
         * @description The logged-in department's figures for the season: by state and outcome, by county,
         *     the working days its stage took, its refusals by reason.
         */
        get: operations["department_figures_figures_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/figures.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Department Figures Workbook */
        get: operations["department_figures_workbook_figures_xlsx_get"];
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
    "/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Organisations
         * @description The organisations taking part, optionally of one role.
         */
        get: operations["list_organisations_organisations_get"];
        put?: never;
        post?: never;
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
         * Season For Departments
         * @description The season as departments see it: their deadlines to act.
         */
        get: operations["season_for_departments_season_get"];
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
        /** AccountCreateIn */
        AccountCreateIn: {
            /** 姓名 */
            display_name: string;
            /** @default department */
            kind: components["schemas"]["AccountKind"];
            /** 所属机构代码 */
            organisation_code?: string | null;
            /** 初始密码（不填则由系统生成，只显示一次） */
            password?: string | null;
            /** 用户名 */
            username: string;
        };
        /** AccountCreatedOut */
        AccountCreatedOut: {
            account: components["schemas"]["AccountOut"];
            /**
             * Password
             * @description the initial password: shown this once, never again
             */
            password: string;
        };
        /**
         * AccountKind
         * @enum {string}
         */
        AccountKind: "department" | "admin";
        /** AccountOut */
        AccountOut: {
            /** Active */
            active: boolean;
            /** Display Name */
            display_name: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            kind: components["schemas"]["AccountKind"];
            organisation: components["schemas"]["OrganisationOut"] | null;
            /** Username */
            username: string;
        };
        /** ActionOut */
        ActionOut: {
            /**
             * Action
             * @example Receive
             * @example Refuse
             * @example CheckPaper
             * @example SignOpinion
             * @example Forward
             */
            action: string;
            /** Label */
            label: string;
        };
        /** ApplicantOut */
        ApplicantOut: {
            /** Id Number Masked */
            id_number_masked: string;
            /** Name */
            name: string;
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
        /** BatchForwardResult */
        BatchForwardResult: {
            /** Forwarded */
            forwarded: number;
            /** Not Forwarded */
            not_forwarded: number;
            /** Results */
            results: components["schemas"]["ForwardOutcome"][];
        };
        /** BrokerStateOut */
        BrokerStateOut: {
            /**
             * Error
             * @description why the broker could not be asked, if it could not
             */
            error: string | null;
            /** Queues */
            queues: components["schemas"]["QueueStateOut"][];
            /**
             * Services
             * @description every service of the system, in this order
             */
            services: components["schemas"]["ServiceOut"][];
        };
        /**
         * CaseActionResult
         * @description What an action on a case answers: what was done, and the case as it stands after it.
         */
        CaseActionResult: {
            case: components["schemas"]["CaseSummary"];
            /**
             * Message
             * @description what was done, to tell the clerk
             */
            message: string;
        };
        /** CaseDetail */
        CaseDetail: {
            /** Allowed Actions */
            allowed_actions: components["schemas"]["ActionOut"][];
            applicant: components["schemas"]["ApplicantOut"];
            /**
             * Application Id
             * Format: uuid
             */
            application_id: string;
            /**
             * Can Reveal Id Number
             * @description 显示完整号码: the holding department only
             */
            can_reveal_id_number: boolean;
            check: components["schemas"]["services__review__views__case_schemas__CheckOut"] | null;
            /** Current Profession */
            current_profession: string | null;
            /**
             * Days Waiting
             * @description whole days the case has been at its current stage
             */
            days_waiting: number;
            employer: components["schemas"]["EmployerOut"];
            /** Files */
            files: components["schemas"]["FileOut"][];
            /** Forms */
            forms: components["schemas"]["FormOut"][];
            /** History */
            history: components["schemas"]["HistoryEntry"][];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            organisation: components["schemas"]["OrganisationBrief"];
            /**
             * Overdue
             * @description past the stage limit (催办)
             */
            overdue: boolean;
            /** Paper Check Required */
            paper_check_required: boolean;
            /** Paper Checked */
            paper_checked: boolean;
            /** Position */
            position: number;
            /** Route */
            route: components["schemas"]["RouteStep"][];
            /** Stage Count */
            stage_count: number;
            /**
             * Stage Limit
             * @description working days this role has to act (the season's); null if none is set
             */
            stage_limit: number | null;
            status: components["schemas"]["Status"];
            /** Status Label */
            status_label: string;
            /** Submission */
            submission: number;
            /** Submitted At */
            submitted_at: string | null;
            /**
             * Told On Refusal
             * @description who 不予接收 or 审核不同意 here would tell, and how
             */
            told_on_refusal: components["schemas"]["Recipient"][];
            /** Version */
            version: number;
            /**
             * Working Days Waiting
             * @description working days (holidays and 调休 counted) at its current stage, as lists count
             */
            working_days_waiting: number;
        };
        /**
         * CaseList
         * @enum {string}
         */
        CaseList: "personal" | "unit" | "approval" | "forwarding" | "returned" | "processed";
        /** CaseListItem */
        CaseListItem: {
            /** Applicant Name */
            applicant_name: string;
            /**
             * Application Id
             * Format: uuid
             */
            application_id: string;
            /** Applied Title */
            applied_title: string | null;
            /** Arrived At */
            arrived_at: string | null;
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            /** Current Profession */
            current_profession: string | null;
            /**
             * Days Waiting
             * @description whole days at this stage (until it left, if it did)
             */
            days_waiting: number;
            /** Employer Name */
            employer_name: string;
            /** Id Number Masked */
            id_number_masked: string;
            /** Left At */
            left_at: string | null;
            /**
             * Now At
             * @description where the case is now (已处理: where it went)
             */
            now_at: string;
            /** Outcome */
            outcome: string | null;
            /** Outcome Label */
            outcome_label: string | null;
            /**
             * Overdue
             * @description still here past the stage limit (催办)
             */
            overdue: boolean;
            /** Paper Checked */
            paper_checked: boolean;
            /** Position */
            position: number;
            /**
             * Sent By
             * @description the applicant, or the unit that sent it up
             */
            sent_by: string;
            /**
             * Source Label
             * @description 个人报送材料 or 单位上报材料
             */
            source_label: string;
            /** Stage Count */
            stage_count: number;
            /**
             * Stage Limit
             * @description working days this role has to act (the season's); null if none is set
             */
            stage_limit: number | null;
            status: components["schemas"]["Status"];
            /** Status Label */
            status_label: string;
            /** Submission */
            submission: number;
            /** Version */
            version: number;
            /**
             * Working Days Waiting
             * @description working days (holidays and 调休 counted) at this stage, until it left
             */
            working_days_waiting: number;
        };
        /** CaseListPage */
        CaseListPage: {
            /** Counts */
            counts: {
                [key: string]: number;
            };
            /** Items */
            items: components["schemas"]["CaseListItem"][];
            /** Label */
            label: string;
            list: components["schemas"]["CaseList"];
            /** Menu */
            menu: string;
            /** Total */
            total: number;
        };
        /**
         * CaseLocation
         * @description Where a case is now: the organisation, the list of its menu, since when.
         */
        CaseLocation: {
            /** Days */
            days: number;
            /** List Label */
            list_label: string | null;
            /**
             * Menu
             * @description the menu heading of its list; none once off the route
             */
            menu: string | null;
            /** Organisation Code */
            organisation_code: string;
            /** Organisation Name */
            organisation_name: string;
            /** Role Label */
            role_label: string;
            /**
             * Since
             * Format: date-time
             */
            since: string;
        };
        /**
         * CaseLookupItem
         * @description One case as the operator's look-up lists it (ID number masked).
         */
        CaseLookupItem: {
            /** Applicant Name */
            applicant_name: string;
            /**
             * Application Id
             * Format: uuid
             */
            application_id: string;
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            /** Current Profession */
            current_profession: string | null;
            /** Employer Name */
            employer_name: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Id Number Masked */
            id_number_masked: string;
            location: components["schemas"]["CaseLocation"];
            /**
             * Opened At
             * Format: date-time
             */
            opened_at: string;
            organisation: components["schemas"]["OrganisationBrief"];
            /** Paper Check Required */
            paper_check_required: boolean;
            /** Paper Checked */
            paper_checked: boolean;
            /** Position */
            position: number;
            /** Stage Count */
            stage_count: number;
            status: components["schemas"]["Status"];
            /** Status Label */
            status_label: string;
            /** Submission */
            submission: number;
            /** Version */
            version: number;
        };
        /** CaseLookupPage */
        CaseLookupPage: {
            /** Items */
            items: components["schemas"]["CaseLookupItem"][];
            /** Total */
            total: number;
        };
        /**
         * CaseSummary
         * @description The case as it stands: enough for a screen to refresh its row (and sent with every 409).
         */
        CaseSummary: {
            /**
             * Application Id
             * Format: uuid
             */
            application_id: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            organisation: components["schemas"]["OrganisationBrief"];
            /** Paper Check Required */
            paper_check_required: boolean;
            /** Paper Checked */
            paper_checked: boolean;
            /** Position */
            position: number;
            /** Stage Count */
            stage_count: number;
            status: components["schemas"]["Status"];
            /** Status Label */
            status_label: string;
            /** Submission */
            submission: number;
            /** Version */
            version: number;
        };
        /** CaseTimeline */
        CaseTimeline: {
            /** Applicant Name */
            applicant_name: string;
            /**
             * Application Id
             * Format: uuid
             */
            application_id: string;
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            /** Current Profession */
            current_profession: string | null;
            /** Employer Name */
            employer_name: string;
            /** History */
            history: components["schemas"]["HistoryEntry"][];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Id Number Masked */
            id_number_masked: string;
            location: components["schemas"]["CaseLocation"];
            /**
             * Opened At
             * Format: date-time
             */
            opened_at: string;
            organisation: components["schemas"]["OrganisationBrief"];
            /** Paper Check Required */
            paper_check_required: boolean;
            /** Paper Checked */
            paper_checked: boolean;
            /** Position */
            position: number;
            /** Route */
            route: components["schemas"]["RouteStep"][];
            /** Stage Count */
            stage_count: number;
            status: components["schemas"]["Status"];
            /** Status Label */
            status_label: string;
            /** Submission */
            submission: number;
            /** Version */
            version: number;
        };
        /**
         * ChangeOut
         * @description One value the applicant's correction changed (ID numbers masked).
         */
        ChangeOut: {
            /** After */
            after: string | null;
            /** Before */
            before: string | null;
            /** Field */
            field: string;
            /** Field Label */
            field_label: string;
            form: components["schemas"]["FormKind"];
            /** Form Label */
            form_label: string;
        };
        /** CheckResultOut */
        CheckResultOut: {
            /** Code */
            code: string;
            /**
             * Detail
             * @default
             */
            detail: string;
            /** Label */
            label: string;
            /** Passed */
            passed: boolean;
        };
        /**
         * CorrectionItemIn
         * @description One thing to correct: the form, the field (a path as the case's forms list them) and
         *     what to correct.
         */
        CorrectionItemIn: {
            /**
             * 栏目
             * @default
             */
            field: string;
            /** 表单 */
            form?: components["schemas"]["FormKind"] | null;
            /**
             * 补正意见
             * @default
             */
            note: string;
        };
        /**
         * CorrectionItemOut
         * @description One thing a department asked the applicant to correct (退回补正).
         */
        CorrectionItemOut: {
            /** Field */
            field: string;
            /** Field Label */
            field_label: string;
            form: components["schemas"]["FormKind"];
            /** Form Label */
            form_label: string;
            /** Note */
            note: string;
        };
        /** CountOut */
        CountOut: {
            /** Count */
            count: number;
            /** Label */
            label: string;
            /** State */
            state: string;
            /**
             * Tone
             * @description waiting: still at this level; onward: went on (or through); refused: the route ended here against the applicant; left: ended otherwise (e.g. withdrawn)
             * @enum {string}
             */
            tone: "waiting" | "onward" | "refused" | "left";
        };
        /**
         * Decision
         * @enum {string}
         */
        Decision: "agree" | "disagree";
        /** DurationOut */
        DurationOut: {
            /**
             * Label
             * @description the step, in Chinese (e.g. 接收, 评审)
             */
            label: string;
            /** Median Working Days */
            median_working_days: number | null;
            /** P90 Working Days */
            p90_working_days: number | null;
            /**
             * Stage
             * @description which step of the level's work
             */
            stage: string;
            /**
             * Stages Done
             * @description how many ended (the time figures' base)
             */
            stages_done: number;
        };
        /** EmployerOut */
        EmployerOut: {
            /** Name */
            name: string;
            /** Region Code */
            region_code: string;
        };
        /** ErrorBody */
        ErrorBody: {
            detail: string | components["schemas"]["FieldError"][];
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
             * Field
             * @description dotted path in the form, e.g. `work_history.0.employer`
             */
            field: string;
            /**
             * Label
             * @description the form's own words, e.g. 工作经历 第1项 工作单位
             */
            label: string;
            /**
             * Mismatch
             * @description what the check found wrong here
             */
            mismatch?: string | null;
            /** Value */
            value: string;
        };
        /**
         * FieldProblem
         * @description One wrong input, as every 422 lists it (`{"detail": [...]}`).
         */
        FieldProblem: {
            /** Field */
            field: string;
            /**
             * In
             * @description body, query, path or header
             */
            in: string;
            /** Message */
            message: string;
            /** Type */
            type: string;
        };
        /** FiguresOut */
        FiguresOut: {
            /**
             * Counts
             * @description by where the cases stand and how they left
             */
            counts: components["schemas"]["CountOut"][];
            /**
             * Durations
             * @description working days each step took
             */
            durations: components["schemas"]["DurationOut"][];
            /** Refusal Reasons */
            refusal_reasons: components["schemas"]["ReasonOut"][];
            /**
             * Refusals Label
             * @description what the reasons are of, as the screen heads them
             */
            refusals_label: string;
            /**
             * Regions
             * @description the same counts by county or city
             */
            regions: components["schemas"]["RegionOut"][];
            /**
             * Scope
             * @description whose figures: the organisation's name, or 全省
             */
            scope: string;
            /**
             * Season Year
             * @description the season counted; null: every case so far
             */
            season_year: number | null;
        };
        /**
         * FileKind
         * @enum {string}
         */
        FileKind: "photo" | "attachment";
        /** FileOut */
        FileOut: {
            /**
             * File Id
             * Format: uuid
             */
            file_id: string;
            /** Height */
            height: number | null;
            kind: components["schemas"]["FileKind"];
            /** Kind Label */
            kind_label: string;
            /** Media Type */
            media_type: string;
            /**
             * Path
             * @description where intake serves it to this department, inline
             */
            path: string;
            /**
             * Sharpness
             * @description the photo's clarity (variance of the Laplacian)
             */
            sharpness: number | null;
            /** Size */
            size: number;
            /** Title */
            title: string;
            /** Width */
            width: number | null;
        };
        /**
         * FormKind
         * @description The four forms the departments compare (三、审核注意事项).
         * @enum {string}
         */
        FormKind: "summary" | "comprehensive" | "review" | "roster";
        /** FormOut */
        FormOut: {
            /**
             * Current Profession
             * @description 现从事专业 as this form has it
             */
            current_profession: string;
            /** Fields */
            fields: components["schemas"]["FieldOut"][];
            kind: components["schemas"]["FormKind"];
            /** Label */
            label: string;
        };
        /** ForwardManyIn */
        ForwardManyIn: {
            /** 报送的申报材料 */
            case_ids: string[];
        };
        /**
         * ForwardOutcome
         * @description One case of a batch 报送: its own action's answer (`status_code` and that answer's body:
         *     `message` and `case` when forwarded, `detail` and, on a 409, `case` when not).
         */
        ForwardOutcome: {
            case?: components["schemas"]["CaseSummary"] | null;
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            /** Detail */
            detail?: string | components["schemas"]["FieldProblem"][] | null;
            /** Message */
            message?: string | null;
            /** Status Code */
            status_code: number;
        };
        /** ForwardPreview */
        ForwardPreview: {
            /** Forwardable */
            forwardable: number;
            /** Items */
            items: components["schemas"]["ForwardPreviewItem"][];
            /** Not Forwardable */
            not_forwardable: number;
        };
        /** ForwardPreviewItem */
        ForwardPreviewItem: {
            /** Applicant Name */
            applicant_name: string | null;
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            /** Forwardable */
            forwardable: boolean;
            /**
             * Reason
             * @description why it cannot be forwarded, in Chinese
             */
            reason: string | null;
            /** @description where 报送 sends it */
            to: components["schemas"]["OrganisationBrief"] | null;
            /** To Role Label */
            to_role_label: string | null;
        };
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
        /** HistoryEntry */
        HistoryEntry: {
            /** Action */
            action: string;
            /** Action Label */
            action_label: string;
            /** Actor Name */
            actor_name: string | null;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /**
             * Changes
             * @default []
             */
            changes: components["schemas"]["ChangeOut"][];
            /**
             * Correction Items
             * @default []
             */
            correction_items: components["schemas"]["CorrectionItemOut"][];
            /** Corrects Submission */
            corrects_submission?: number | null;
            /** Decision */
            decision: string | null;
            /** Decision Label */
            decision_label: string | null;
            organisation: components["schemas"]["OrganisationBrief"];
            /** Position */
            position: number;
            /** Signer */
            signer: string | null;
            /** Submission */
            submission?: number | null;
            /** Text */
            text: string | null;
        };
        /** IdNumberOut */
        IdNumberOut: {
            /** 身份证号码 */
            id_number: string;
            /**
             * Revealed At
             * Format: date-time
             */
            revealed_at: string;
        };
        /** LoginIn */
        LoginIn: {
            /** 密码 */
            password: string;
            /** 用户名 */
            username: string;
        };
        /** LoginOut */
        LoginOut: {
            /** Access Token */
            access_token: string;
            account: components["schemas"]["AccountOut"];
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
        /** MenuEntry */
        MenuEntry: {
            /** Count */
            count: number;
            /** Label */
            label: string;
            list: components["schemas"]["CaseList"];
        };
        /**
         * MenuGroup
         * @description One heading of the department's menu, in the notice's words, with its lists' counts.
         */
        MenuGroup: {
            /** Lists */
            lists: components["schemas"]["MenuEntry"][];
            /** Title */
            title: string;
        };
        /** MismatchOut */
        MismatchOut: {
            /** Field */
            field: string;
            /** Field Label */
            field_label: string;
            form: components["schemas"]["FormKind"] | null;
            /** Form Label */
            form_label: string;
            /** Message */
            message: string;
        };
        /** OpinionIn */
        OpinionIn: {
            /** 审核意见（同意/不同意） */
            decision: components["schemas"]["Decision"];
            /** 签署人 */
            signer: string;
            /**
             * 意见内容（不同意时须写明理由）
             * @default
             */
            text: string;
        };
        /** OrganisationBrief */
        OrganisationBrief: {
            /** Code */
            code: string;
            /** Name */
            name: string;
        };
        /** OrganisationOut */
        OrganisationOut: {
            /** Code */
            code: string;
            /** Name */
            name: string;
            /** Region Code */
            region_code: string;
            /** Region Name */
            region_name: string;
            role: components["schemas"]["Role"];
            /** Role Label */
            role_label: string;
            /** Sends To */
            sends_to: string | null;
        };
        /** OverdueCaseOut */
        OverdueCaseOut: {
            /** Applicant Name */
            applicant_name: string;
            /**
             * Application Id
             * Format: uuid
             */
            application_id: string;
            /**
             * Arrived At
             * Format: date-time
             */
            arrived_at: string;
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            /** Employer Name */
            employer_name: string;
            /** Id Number Masked */
            id_number_masked: string;
            /** Last Reminded At */
            last_reminded_at: string | null;
            /**
             * List Label
             * @description which of the department's lists it waits in
             */
            list_label: string;
            /**
             * Reminders Sent
             * @description 催办 sent to the department for this stage
             */
            reminders_sent: number;
            /** Stage Limit */
            stage_limit: number;
            /** Working Days Waiting */
            working_days_waiting: number;
        };
        /** OverdueOrganisationOut */
        OverdueOrganisationOut: {
            /**
             * Cases
             * @description the longest waiting first
             */
            cases: components["schemas"]["OverdueCaseOut"][];
            /** Count */
            count: number;
            /** Organisation Code */
            organisation_code: string;
            /** Organisation Name */
            organisation_name: string;
            /** Role Label */
            role_label: string;
        };
        /** OverdueOut */
        OverdueOut: {
            /**
             * Limits Set
             * @description false: no season or no role's limit, nothing is overdue
             */
            limits_set: boolean;
            /**
             * Organisations
             * @description the most overdue cases first
             */
            organisations: components["schemas"]["OverdueOrganisationOut"][];
            /** Season Year */
            season_year: number | null;
            /** Total */
            total: number;
        };
        /** PaperCheckIn */
        PaperCheckIn: {
            /**
             * 核对说明
             * @default
             */
            note: string;
        };
        /**
         * PaperKind
         * @enum {string}
         */
        PaperKind: "summary" | "review";
        /** PasswordChangeIn */
        PasswordChangeIn: {
            /** 新密码 */
            new_password: string;
            /** 原密码 */
            old_password: string;
        };
        /** PasswordResetOut */
        PasswordResetOut: {
            /**
             * Password
             * @description the new password: shown this once
             */
            password: string;
        };
        /** QueueStateOut */
        QueueStateOut: {
            /** 消费者 */
            consumers: number;
            /** 死信 */
            dead_letters: number;
            /** 队列已声明 */
            exists: boolean;
            /** 待处理消息 */
            messages: number;
            /** Queue */
            queue: string;
            /** Service */
            service: string;
            /** Service Label */
            service_label: string;
        };
        /** ReadyCheckOut */
        ReadyCheckOut: {
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
        /** ReadyOut */
        ReadyOut: {
            /** Checks */
            checks: components["schemas"]["shared__operations__CheckOut"][];
            /** Ready */
            ready: boolean;
        };
        /** ReasonOut */
        ReasonOut: {
            /** Count */
            count: number;
            /** Reason */
            reason: string;
        };
        /**
         * Recipient
         * @description Who is told of a refusal at this stage, and how.
         */
        Recipient: {
            /**
             * Channels
             * @example [
             *       "短信",
             *       "电子邮件"
             *     ]
             */
            channels: string[];
            /** Name */
            name: string;
            /**
             * Who
             * @example applicant
             * @example lower_unit
             */
            who: string;
            /**
             * Who Label
             * @example 申报对象
             * @example 报送单位
             */
            who_label: string;
        };
        /** RefusalReasonsOut */
        RefusalReasonsOut: {
            /** 常用理由 */
            reasons: string[];
        };
        /** RefuseIn */
        RefuseIn: {
            /** 不予接收理由 */
            reason: string;
        };
        /** RegionOut */
        RegionOut: {
            /** Counts */
            counts: components["schemas"]["CountOut"][];
            /** Region Code */
            region_code: string;
            /** Region Name */
            region_name: string;
            /** Total */
            total: number;
        };
        /**
         * ReturnForCorrectionIn
         * @description 退回补正: everything to correct at once (一次性告知); an empty list is refused.
         */
        ReturnForCorrectionIn: {
            /** 补正内容 */
            items: components["schemas"]["CorrectionItemIn"][];
        };
        /**
         * Role
         * @description What an organisation does in the review.
         * @enum {string}
         */
        Role: "county_hr" | "city_bureau" | "city_hr" | "provincial_unit" | "provincial_authority" | "talent_center" | "mid_committee_office" | "senior_committee_office";
        /**
         * RouteOptionOut
         * @description One choice an applicant can make in the employer step and the route it opens.
         */
        RouteOptionOut: {
            /**
             * Chosen
             * @description the region's or the named organisation's name
             */
            chosen: string;
            /** Kind */
            kind: string;
            /** Kind Label */
            kind_label: string;
            /**
             * Problem
             * @description why this choice opens no route, if it opens none
             */
            problem: string | null;
            /** Region Code */
            region_code: string | null;
            /** Stops */
            stops: components["schemas"]["RouteStopOut"][];
            /** Unit Code */
            unit_code: string | null;
        };
        /** RouteStep */
        RouteStep: {
            /** Entered At */
            entered_at: string | null;
            /** Left At */
            left_at: string | null;
            organisation: components["schemas"]["OrganisationBrief"];
            /** Outcome */
            outcome: string | null;
            /** Outcome Label */
            outcome_label: string | null;
            /** Paper Check Required */
            paper_check_required: boolean;
            /** Position */
            position: number;
            role: components["schemas"]["Role"];
            /** Role Label */
            role_label: string;
            state: components["schemas"]["StepState"];
            /** State Label */
            state_label: string;
        };
        /** RouteStopOut */
        RouteStopOut: {
            /** Code */
            code: string;
            /** Name */
            name: string;
            /** Role Label */
            role_label: string;
        };
        /** SeasonIn */
        SeasonIn: {
            /**
             * Closures
             * @description 本地停止办公日
             */
            closures?: string[];
            /** Stage Limits */
            stage_limits?: components["schemas"]["StageLimit"][];
            /**
             * Submission Closes
             * Format: date
             * @description 申报截止日期
             */
            submission_closes: string;
            /**
             * Submission Opens
             * Format: date
             * @description 申报开始日期
             */
            submission_opens: string;
            /**
             * Year
             * @description 申报年度
             */
            year: number;
        };
        /** SeasonOut */
        SeasonOut: {
            /**
             * Calendar Covered
             * @description false: the holiday calendar does not know a year of the season yet (working days are Monday to Friday until it is upgraded)
             */
            calendar_covered: boolean;
            /** Closures */
            closures: string[];
            /** Stage Limits */
            stage_limits: components["schemas"]["StageLimitOut"][];
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
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Updated By */
            updated_by: string;
            /** Year */
            year: number;
        };
        /** ServiceOut */
        ServiceOut: {
            /** Label */
            label: string;
            /**
             * Service
             * @description its name in /api/<service>/…
             */
            service: string;
        };
        /** StageLimit */
        StageLimit: {
            role: components["schemas"]["Role"];
            /**
             * Working Days
             * @description to act on a case before 催办
             */
            working_days: number;
        };
        /** StageLimitOut */
        StageLimitOut: {
            role: components["schemas"]["Role"];
            /** Role Label */
            role_label: string;
            /** Working Days */
            working_days: number;
        };
        /**
         * Status
         * @enum {string}
         */
        Status: "pending_receipt" | "pending_approval" | "pending_forwarding" | "rejected" | "handed_off" | "withdrawn" | "returned_for_correction";
        /**
         * StepState
         * @enum {string}
         */
        StepState: "done" | "here" | "next" | "not_reached";
        /** WorkerReadyOut */
        WorkerReadyOut: {
            /** Checks */
            checks: components["schemas"]["ReadyCheckOut"][];
            /**
             * Error
             * @description why it did not answer with its checks
             */
            error: string | null;
            /** Ready */
            ready: boolean;
            /** Service */
            service: string;
            /** Service Label */
            service_label: string;
            /**
             * Url
             * @description the worker's /ready asked; None: not configured
             */
            url: string | null;
        };
        /** CheckOut */
        services__review__views__case_schemas__CheckOut: {
            /**
             * Checked At
             * Format: date-time
             */
            checked_at: string;
            /** Mismatches */
            mismatches: components["schemas"]["MismatchOut"][];
            /** Passed */
            passed: boolean;
            /** Results */
            results: components["schemas"]["CheckResultOut"][];
        };
        /** CheckOut */
        shared__operations__CheckOut: {
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    list_accounts_admin_accounts_get: {
        parameters: {
            query?: {
                organisation_code?: string | null;
                role?: components["schemas"]["Role"] | null;
                kind?: components["schemas"]["AccountKind"] | null;
                active?: boolean | null;
                q?: string | null;
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
                    "application/json": components["schemas"]["AccountOut"][];
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
    create_admin_accounts_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountCreateIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountCreatedOut"];
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
    disable_admin_accounts__account_id__disable_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
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
                    "application/json": components["schemas"]["AccountOut"];
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
    enable_admin_accounts__account_id__enable_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
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
                    "application/json": components["schemas"]["AccountOut"];
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
    new_password_admin_accounts__account_id__reset_password_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
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
                    "application/json": components["schemas"]["PasswordResetOut"];
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
    look_up_cases_admin_cases_get: {
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
                    "application/json": components["schemas"]["CaseLookupPage"];
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
    case_whereabouts_admin_cases__case_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
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
                    "application/json": components["schemas"]["CaseTimeline"];
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
    province_figures_admin_figures_get: {
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
                    "application/json": components["schemas"]["FiguresOut"];
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
    province_figures_workbook_admin_figures_xlsx_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the figures as an Excel workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
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
    overdue_cases_admin_overdue_get: {
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
                    "application/json": components["schemas"]["OverdueOut"];
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
    routes_admin_routes_get: {
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
                    "application/json": components["schemas"]["RouteOptionOut"][];
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
    read_season_admin_season_get: {
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
                    "application/json": components["schemas"]["SeasonOut"] | null;
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
    put_season_admin_season_put: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SeasonIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeasonOut"];
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
    queues_admin_system_queues_get: {
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
                    "application/json": components["schemas"]["BrokerStateOut"];
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
    workers_admin_system_workers_get: {
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
                    "application/json": components["schemas"]["WorkerReadyOut"][];
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
                /** @description e.g. account.create, account.disable, account.reset_password, id_number.reveal */
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
    login_auth_login_post: {
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
                    "application/json": components["schemas"]["LoginOut"];
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
    me_auth_me_get: {
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
                    "application/json": components["schemas"]["AccountOut"];
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
    new_password_auth_password_post: {
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
    list_cases_cases_get: {
        parameters: {
            query?: {
                list?: components["schemas"]["CaseList"];
                sort?: "arrived" | "-arrived" | "name" | "-name" | "employer" | "-employer" | "left" | "-left";
                limit?: number;
                offset?: number;
                applicant_name?: string | null;
                current_profession?: string | null;
                employer?: string | null;
                date_from?: string | null;
                date_to?: string | null;
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
                    "application/json": components["schemas"]["CaseListPage"];
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
    list_counts_cases_counts_get: {
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
                    "application/json": {
                        [key: string]: number;
                    };
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
    export_list_cases_export_xlsx_get: {
        parameters: {
            query?: {
                list?: components["schemas"]["CaseList"];
                sort?: "arrived" | "-arrived" | "name" | "-name" | "employer" | "-employer" | "left" | "-left";
                applicant_name?: string | null;
                current_profession?: string | null;
                employer?: string | null;
                date_from?: string | null;
                date_to?: string | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the list as an Excel workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
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
    forward_many_cases_forward_post: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string | null;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForwardManyIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BatchForwardResult"];
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
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    forward_preview_cases_forward_preview_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForwardManyIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForwardPreview"];
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
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    menu_cases_menu_get: {
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
                    "application/json": components["schemas"]["MenuGroup"][];
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
    refusal_reasons_cases_refusal_reasons_get: {
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
                    "application/json": components["schemas"]["RefusalReasonsOut"];
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
    read_case_cases__case_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
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
                    "application/json": components["schemas"]["CaseDetail"];
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
            /** @description 申报材料不存在（或不属于本部门） */
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
    print_forms_cases__case_id__forms_pdf_get: {
        parameters: {
            query?: {
                /** @description summary (申报简表), review (评审表); both */
                form?: components["schemas"]["PaperKind"][] | null;
            };
            header?: never;
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the forms as printed (A4) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
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
            /** @description 申报材料不存在（或不属于本部门） */
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
    forward_cases__case_id__forward_post: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string | null;
            };
            path: {
                case_id: string;
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
                    "application/json": components["schemas"]["CaseActionResult"];
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
            /** @description 申报材料不存在（或不属于本部门） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 申报材料的状态不允许此操作，或已被他人先行处理；返回当前状态 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    reveal_cases__case_id__id_number_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                case_id: string;
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
                    "application/json": components["schemas"]["IdNumberOut"];
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
            /** @description 申报材料不存在（或不属于本部门） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 只有当前经办部门可以显示完整号码；返回当前状态 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description 尚未收到完整号码，稍后再试 */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    sign_opinion_cases__case_id__opinion_post: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string | null;
            };
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpinionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseActionResult"];
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
            /** @description 申报材料不存在（或不属于本部门） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 申报材料的状态不允许此操作，或已被他人先行处理；返回当前状态 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    check_paper_cases__case_id__paper_check_post: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string | null;
            };
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PaperCheckIn"] | null;
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseActionResult"];
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
            /** @description 申报材料不存在（或不属于本部门） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 申报材料的状态不允许此操作，或已被他人先行处理；返回当前状态 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    receive_cases__case_id__receive_post: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string | null;
            };
            path: {
                case_id: string;
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
                    "application/json": components["schemas"]["CaseActionResult"];
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
            /** @description 申报材料不存在（或不属于本部门） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 申报材料的状态不允许此操作，或已被他人先行处理；返回当前状态 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    refuse_cases__case_id__refuse_post: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string | null;
            };
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefuseIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseActionResult"];
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
            /** @description 申报材料不存在（或不属于本部门） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 申报材料的状态不允许此操作，或已被他人先行处理；返回当前状态 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    return_for_correction_cases__case_id__return_for_correction_post: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string | null;
            };
            path: {
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReturnForCorrectionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseActionResult"];
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
            /** @description 申报材料不存在（或不属于本部门） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 申报材料的状态不允许此操作，或已被他人先行处理；返回当前状态 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description 输入有误 */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
    department_figures_figures_get: {
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
                    "application/json": components["schemas"]["FiguresOut"];
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
    department_figures_workbook_figures_xlsx_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the figures as an Excel workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
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
    list_organisations_organisations_get: {
        parameters: {
            query?: {
                role?: components["schemas"]["Role"] | null;
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
                    "application/json": components["schemas"]["OrganisationOut"][];
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
    season_for_departments_season_get: {
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
                    "application/json": components["schemas"]["SeasonOut"] | null;
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
