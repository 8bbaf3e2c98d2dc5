// Generated from web/openapi/committee.json by `make api-types`. Do not edit.
export interface paths {
    "/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Batches
         * @description 已送审: the batches the office sent, newest first.
         */
        get: operations["list_batches_batches_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Preview
         * @description Exactly what 网上送审 would send now, who is held back (公示 not ended, an open
         *     objection) and why, and who would be marked 未被推荐 with it.
         */
        get: operations["preview_batches_preview_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send
         * @description 网上送审: every applicant selected for the senior committee goes, in one batch.
         */
        post: operations["send_batches_send_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/{batch_id}/forms.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Print Forms
         * @description The batch's 评审表 (and 申报简表 if asked) to print: forms, opinions, votes.
         */
        get: operations["print_forms_batches__batch_id__forms_pdf_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/batches/{batch_id}/roster.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Roster
         * @description The batch's 花名册 as an Excel workbook.
         */
        get: operations["roster_batches__batch_id__roster_xlsx_get"];
        put?: never;
        post?: never;
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
         * @description One of the office's lists (searched, sorted, one page), with every list's count.
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
        /** List Counts */
        get: operations["list_counts_cases_counts_get"];
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
         * @description The case: the submission, the review opinions, votes and history.
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
         * Print Case
         * @description The case's 申报简表 and 评审表 as the paper copy looks: opinions and votes so far.
         */
        get: operations["print_case_cases__case_id__forms_pdf_get"];
        put?: never;
        post?: never;
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
         * Receive Case
         * @description 接收: the case waits for the committee's meeting.
         */
        post: operations["receive_case_cases__case_id__receive_post"];
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
         * Refuse Case
         * @description 不予接收: the applicant and the department that sent it up are told the reason.
         */
        post: operations["refuse_case_cases__case_id__refuse_post"];
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
         * Office Figures
         * @description The mid-committee office's figures for the season: by state and outcome, by county (or
         *     city), the working days receipt, the meeting and the recommendation took, refusals by
         *     reason.
         */
        get: operations["office_figures_figures_get"];
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
        /** Office Figures Workbook */
        get: operations["office_figures_workbook_figures_xlsx_get"];
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
    "/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Meetings */
        get: operations["list_meetings_meetings_get"];
        put?: never;
        /**
         * New Meeting
         * @description Records a meeting (date, 在册委员人数, 到会委员人数) and the received applicants it
         *     considers.
         */
        post: operations["new_meeting_meetings_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Rule
         * @description The configured quorum and pass threshold (COMMITTEE_QUORUM, COMMITTEE_PASS_THRESHOLD).
         */
        get: operations["the_rule_meetings_rule_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{meeting_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read Meeting */
        get: operations["read_meeting_meetings__meeting_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{meeting_id}/cases/{case_id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct
         * @description 更正: a new, recorded entry with its reason; nothing is overwritten.
         */
        post: operations["correct_meetings__meeting_id__cases__case_id__corrections_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{meeting_id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm
         * @description Locks the votes: who passed and who did not (and is told).
         */
        post: operations["confirm_meetings__meeting_id__confirm_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{meeting_id}/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate
         * @description The rule's verdict on a tally as the clerk types it; nothing is recorded.
         */
        post: operations["evaluate_meetings__meeting_id__evaluate_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{meeting_id}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Votes
         * @description 中评委意见: each applicant's votes; until confirmed, entering again supersedes.
         */
        post: operations["votes_meetings__meeting_id__votes_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meetings/{meeting_id}/votes.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Vote Record
         * @description The meeting's vote record (得票情况) as an Excel workbook.
         */
        get: operations["vote_record_meetings__meeting_id__votes_xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Objections
         * @description The objections filed against the office's 公示, oldest first (contacts masked).
         */
        get: operations["list_objections_objections_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objections/{objection_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Objection
         * @description One objection, with the objector's phone and e-mail in full (to verify it).
         */
        get: operations["read_objection_objections__objection_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/objections/{objection_id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide
         * @description 异议成立 (the applicant is not recommended, and told why) or 不成立, with a reason.
         */
        post: operations["decide_objections__objection_id__decision_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Object To
         * @description 异议 (no login): a real name, a phone or e-mail, which applicant, and why. Counted per
         *     client; past the limit 429 with Retry-After.
         */
        post: operations["object_to_public_objections_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/public/publicity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public Board
         * @description 公示 (no login): every office's recommended applicants in their period today, with name,
         *     unit, profession and the title applied for, nothing else.
         */
        get: operations["public_board_public_publicity_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publicities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Publicities
         * @description The office's 公示 (period, phase, whom each lists and why each still waits) and the
         *     recommended applicants not published yet.
         */
        get: operations["list_publicities_publicities_get"];
        put?: never;
        /**
         * Publish Publicity
         * @description 公示 of recommended applicants from `starts_on` for `working_days` (≥ 5) working days;
         *     the end is counted on China's calendar (holidays, 调休) and the season's local closures.
         */
        post: operations["publish_publicity_publicities_post"];
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
    "/refusal-reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Refusal Reasons
         * @description The common reasons for 不予接收 the office's screen offers (free text may be added).
         */
        get: operations["refusal_reasons_refusal_reasons_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/selection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Choose
         * @description Selects passed applicants for recommendation to the chosen senior committee.
         */
        post: operations["choose_selection_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/selection/{case_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unchoose */
        delete: operations["unchoose_selection__case_id__delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/senior-committees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Senior Committees
         * @description 高评委设置's drop-down list (the first is the default).
         */
        get: operations["senior_committees_senior_committees_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/senior/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pending
         * @description The batches sent to this office, waiting to be received (or already received).
         */
        get: operations["pending_senior_batches_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/senior/batches/{batch_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read Batch */
        get: operations["read_batch_senior_batches__batch_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/senior/batches/{batch_id}/cases/{case_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Case
         * @description One application of the batch: the submission, its files, opinions, votes and history.
         */
        get: operations["read_case_senior_batches__batch_id__cases__case_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/senior/batches/{batch_id}/cases/{case_id}/forms.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Print Case
         * @description One application's 申报简表 and 评审表 as the paper copy looks, with opinions and votes.
         */
        get: operations["print_case_senior_batches__batch_id__cases__case_id__forms_pdf_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/senior/batches/{batch_id}/cases/{case_id}/refuse": {
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
         * @description 不予接收 one application: the mid-committee office and the applicant are told why.
         */
        post: operations["refuse_senior_batches__batch_id__cases__case_id__refuse_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/senior/batches/{batch_id}/forms.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Print Forms
         * @description The batch's 评审表 (and 申报简表 if asked) to print: forms, opinions, votes.
         */
        get: operations["print_forms_senior_batches__batch_id__forms_pdf_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/senior/batches/{batch_id}/receive": {
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
         * @description 接收: the batch's applications (those not refused) are received.
         */
        post: operations["receive_senior_batches__batch_id__receive_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/senior/batches/{batch_id}/roster.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Roster
         * @description The batch's 花名册 as an Excel workbook.
         */
        get: operations["roster_senior_batches__batch_id__roster_xlsx_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/senior/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Senior Figures
         * @description The senior committee office's figures for the season: the cases sent to it online, by
         *     state, by city, the working days its receipt took, refusals by reason.
         */
        get: operations["senior_figures_senior_figures_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/senior/figures.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Senior Figures Workbook */
        get: operations["senior_figures_workbook_senior_figures_xlsx_get"];
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
        /** Achievement */
        Achievement: {
            /** 本人作用 */
            role: string;
            /** 项目或成果名称 */
            title: string;
            /** 年份 */
            year: number;
        };
        /**
         * Action
         * @enum {string}
         */
        Action: "receive" | "refuse" | "select" | "unselect";
        /** ActionAnswer */
        ActionAnswer: {
            case: components["schemas"]["CaseItem"];
            /** Message */
            message: string;
        };
        /** BatchOut */
        BatchOut: {
            /** Case Count */
            case_count: number;
            /** Cases */
            cases: components["schemas"]["CaseItem"][];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Office Code */
            office_code: string;
            /** 送审的中评委办公室 */
            office_name: string;
            /** Received At */
            received_at: string | null;
            /**
             * Refusal Told
             * @description who the senior office's 不予接收 of one of its applicants tells, and how
             */
            refusal_told: string[];
            /** Senior Committee */
            senior_committee: string;
            /** Senior Committee Name */
            senior_committee_name: string;
            /** Senior Office Code */
            senior_office_code: string;
            /**
             * Sent At
             * Format: date-time
             */
            sent_at: string;
        };
        /**
         * BatchPreview
         * @description Exactly what 网上送审 would send now, and who would be told they were not recommended.
         */
        BatchPreview: {
            /** Cases */
            cases: components["schemas"]["CaseItem"][];
            /**
             * Held
             * @description selected, not sent now: each says why
             */
            held: components["schemas"]["CaseItem"][];
            /** Not Recommended */
            not_recommended: components["schemas"]["CaseItem"][];
            senior_committee: components["schemas"]["SeniorCommitteeOut"];
        };
        /** CaseAnswer */
        CaseAnswer: {
            case: components["schemas"]["CaseItem"];
        };
        /** CaseDetail */
        CaseDetail: {
            /** Allowed Actions */
            allowed_actions: components["schemas"]["Action"][];
            /** 姓名 */
            applicant_name: string;
            /**
             * Application Id
             * Format: uuid
             */
            application_id: string;
            /** 申报资格 */
            applied_title: string | null;
            /** Batch Id */
            batch_id: string | null;
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            check_report: components["schemas"]["CheckReport"] | null;
            /** 现从事专业 */
            current_profession: string | null;
            /** 现专业技术资格 */
            current_title: string | null;
            /** 工作单位 */
            employer_name: string;
            /** Files */
            files: components["schemas"]["CaseFile"][];
            forms: components["schemas"]["FormsSnapshot"] | null;
            /** Gender */
            gender: string | null;
            /** 性别 */
            gender_label: string;
            /**
             * 到达时间
             * Format: date-time
             */
            handed_off_at: string;
            /**
             * 暂缓送审原因
             * @description in 待网上送审: why it may not be sent online now (公示期至…, 有异议待处理)
             */
            held_reason?: string | null;
            /** History */
            history: components["schemas"]["HistoryEntry"][];
            /** 身份证号码（部分隐藏） */
            id_number_masked: string;
            /** Meeting Id */
            meeting_id: string | null;
            /**
             * Refusal Told
             * @description who a 不予接收 now would tell, and how (empty when it is not allowed)
             */
            refusal_told: string[];
            /** Review Opinions */
            review_opinions: components["schemas"]["OpinionOut"][];
            /**
             * Senior Committee
             * @description code of the 高评委 chosen or sent to
             */
            senior_committee: string | null;
            /** 报送单位 */
            sent_by: components["schemas"]["OrganisationOut"];
            status: components["schemas"]["Status"];
            /** Status Label */
            status_label: string;
            /** Submission */
            submission: number;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** Votes */
            votes: components["schemas"]["VoteEntry"][];
        };
        /**
         * CaseFile
         * @description A file of the submission, with where intake serves it to the office that holds the case
         *     (inline, with the office's token; 404 to any other organisation).
         */
        CaseFile: {
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
            /**
             * Path
             * @description /materials/{application}/{submission}/{file}, at intake
             */
            path: string;
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
        /**
         * CaseItem
         * @description One row of a list: who, from where, where it stands, what may be done with it now.
         */
        CaseItem: {
            /** Allowed Actions */
            allowed_actions: components["schemas"]["Action"][];
            /** 姓名 */
            applicant_name: string;
            /**
             * Application Id
             * Format: uuid
             */
            application_id: string;
            /** 申报资格 */
            applied_title: string | null;
            /** Batch Id */
            batch_id: string | null;
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            /** 现从事专业 */
            current_profession: string | null;
            /** 现专业技术资格 */
            current_title: string | null;
            /** 工作单位 */
            employer_name: string;
            /** Gender */
            gender: string | null;
            /** 性别 */
            gender_label: string;
            /**
             * 到达时间
             * Format: date-time
             */
            handed_off_at: string;
            /**
             * 暂缓送审原因
             * @description in 待网上送审: why it may not be sent online now (公示期至…, 有异议待处理)
             */
            held_reason?: string | null;
            /** 身份证号码（部分隐藏） */
            id_number_masked: string;
            /** Meeting Id */
            meeting_id: string | null;
            /**
             * Refusal Told
             * @description who a 不予接收 now would tell, and how (empty when it is not allowed)
             */
            refusal_told: string[];
            /**
             * Senior Committee
             * @description code of the 高评委 chosen or sent to
             */
            senior_committee: string | null;
            /** 报送单位 */
            sent_by: components["schemas"]["OrganisationOut"];
            status: components["schemas"]["Status"];
            /** Status Label */
            status_label: string;
            /** Submission */
            submission: number;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
        };
        /**
         * CaseList
         * @enum {string}
         */
        CaseList: "pending_receipt" | "received" | "voting" | "selection" | "sending" | "sent" | "processed";
        /** CaseListPage */
        CaseListPage: {
            /** Counts */
            counts: {
                [key: string]: number;
            };
            /** Items */
            items: components["schemas"]["CaseItem"][];
            /** Label */
            label: string;
            /** Total */
            total: number;
            which: components["schemas"]["CaseList"];
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
        /** CorrectionIn */
        CorrectionIn: {
            /** 弃权票 */
            abstain: number;
            /** 反对票 */
            against: number;
            /** 赞成票 */
            in_favour: number;
            /** 出席人数 */
            present: number;
            /** 更正理由 */
            reason: string;
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
        /** DecisionIn */
        DecisionIn: {
            /** 处理意见 */
            reason: string;
            /** 异议是否成立 */
            upheld: boolean;
        };
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
        /**
         * FormKind
         * @description The four forms the departments compare (三、审核注意事项).
         * @enum {string}
         */
        FormKind: "summary" | "comprehensive" | "review" | "roster";
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
        /** HistoryEntry */
        HistoryEntry: {
            /** Action */
            action: string;
            /** Action Label */
            action_label: string;
            /**
             * At
             * Format: date-time
             */
            at: string;
            /** Organisation Code */
            organisation_code: string | null;
            /** Text */
            text: string | null;
        };
        /** MeetingCase */
        MeetingCase: {
            /** Allowed Actions */
            allowed_actions: components["schemas"]["Action"][];
            /** 姓名 */
            applicant_name: string;
            /**
             * Application Id
             * Format: uuid
             */
            application_id: string;
            /** 申报资格 */
            applied_title: string | null;
            /** Batch Id */
            batch_id: string | null;
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            /** 现从事专业 */
            current_profession: string | null;
            /** 现专业技术资格 */
            current_title: string | null;
            /** 工作单位 */
            employer_name: string;
            /**
             * Entries
             * @description every entry, oldest first, corrections included
             */
            entries: components["schemas"]["VoteEntry"][];
            /** Gender */
            gender: string | null;
            /** 性别 */
            gender_label: string;
            /**
             * 到达时间
             * Format: date-time
             */
            handed_off_at: string;
            /**
             * 暂缓送审原因
             * @description in 待网上送审: why it may not be sent online now (公示期至…, 有异议待处理)
             */
            held_reason?: string | null;
            /** 身份证号码（部分隐藏） */
            id_number_masked: string;
            /** Meeting Id */
            meeting_id: string | null;
            /**
             * Refusal Told
             * @description who a 不予接收 now would tell, and how (empty when it is not allowed)
             */
            refusal_told: string[];
            /**
             * Senior Committee
             * @description code of the 高评委 chosen or sent to
             */
            senior_committee: string | null;
            /** 报送单位 */
            sent_by: components["schemas"]["OrganisationOut"];
            status: components["schemas"]["Status"];
            /** Status Label */
            status_label: string;
            /** Submission */
            submission: number;
            /**
             * Updated At
             * Format: date-time
             */
            updated_at: string;
            /** Version */
            version: number;
            /** @description the entry that counts (the newest) */
            votes: components["schemas"]["VoteEntry"] | null;
        };
        /** MeetingDetail */
        MeetingDetail: {
            /** Case Count */
            case_count: number;
            /** Cases */
            cases: components["schemas"]["MeetingCase"][];
            /** Confirmed */
            confirmed: boolean;
            /** Confirmed At */
            confirmed_at: string | null;
            /**
             * 评审会日期
             * Format: date
             */
            held_on: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** 到会委员人数 */
            members_attending: number;
            /** 在册委员人数 */
            members_enrolled: number;
            /** 每项表决至少出席人数 */
            minimum_present: number;
            rule: components["schemas"]["RuleOut"];
        };
        /** MeetingIn */
        MeetingIn: {
            /** 评审的申报对象 */
            case_ids: string[];
            /**
             * 评审会日期
             * Format: date
             */
            held_on: string;
            /**
             * 到会委员人数
             * @description members who came to the meeting
             */
            members_attending: number;
            /**
             * 在册委员人数
             * @description every member of the committee
             */
            members_enrolled: number;
        };
        /** MeetingSummary */
        MeetingSummary: {
            /** Case Count */
            case_count: number;
            /** Confirmed */
            confirmed: boolean;
            /** Confirmed At */
            confirmed_at: string | null;
            /**
             * 评审会日期
             * Format: date
             */
            held_on: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** 到会委员人数 */
            members_attending: number;
            /** 在册委员人数 */
            members_enrolled: number;
            /** 每项表决至少出席人数 */
            minimum_present: number;
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
        /**
         * ObjectionDetail
         * @description One objection with the objector's contact in full: the office calls back to verify.
         */
        ObjectionDetail: {
            /**
             * Allowed Actions
             * @description decide while it is open
             */
            allowed_actions: string[];
            /** 被异议人 */
            applicant_name: string;
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            /** 联系方式（部分隐藏） */
            contact_masked: string;
            /** Decided At */
            decided_at: string | null;
            /** 处理意见 */
            decision_reason: string | null;
            /** 电子邮箱 */
            email: string | null;
            /** 工作单位 */
            employer_name: string;
            /**
             * 提出时间
             * Format: date-time
             */
            filed_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** 异议人 */
            objector_name: string;
            /** 联系电话 */
            phone: string | null;
            /**
             * Publicity Id
             * Format: uuid
             */
            publicity_id: string;
            /**
             * Status
             * @description open, upheld, dismissed
             */
            status: string;
            /**
             * Status Label
             * @description 待处理 / 异议成立 / 异议不成立
             */
            status_label: string;
            /** 异议内容 */
            text: string;
        };
        /** ObjectionFiled */
        ObjectionFiled: {
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Message */
            message: string;
        };
        /** ObjectionIn */
        ObjectionIn: {
            /**
             * 被异议的申报人
             * Format: uuid
             */
            case_id: string;
            /** 电子邮箱 */
            email?: string | null;
            /** 异议人姓名 */
            objector_name: string;
            /** 联系电话 */
            phone?: string | null;
            /** 异议内容 */
            text: string;
        };
        /**
         * ObjectionOut
         * @description An objection as the office's list shows it (the objector's contact masked).
         */
        ObjectionOut: {
            /**
             * Allowed Actions
             * @description decide while it is open
             */
            allowed_actions: string[];
            /** 被异议人 */
            applicant_name: string;
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            /** 联系方式（部分隐藏） */
            contact_masked: string;
            /** Decided At */
            decided_at: string | null;
            /** 处理意见 */
            decision_reason: string | null;
            /** 工作单位 */
            employer_name: string;
            /**
             * 提出时间
             * Format: date-time
             */
            filed_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** 异议人 */
            objector_name: string;
            /**
             * Publicity Id
             * Format: uuid
             */
            publicity_id: string;
            /**
             * Status
             * @description open, upheld, dismissed
             */
            status: string;
            /**
             * Status Label
             * @description 待处理 / 异议成立 / 异议不成立
             */
            status_label: string;
            /** 异议内容 */
            text: string;
        };
        /** OpinionOut */
        OpinionOut: {
            /** Decision */
            decision: string;
            /**
             * Decision Label
             * @description 同意 or 不同意, as signed
             */
            decision_label: string;
            organisation: components["schemas"]["OrganisationRef"];
            /** Position */
            position: number;
            /**
             * Signed At
             * Format: date-time
             */
            signed_at: string;
            /** Signer */
            signer: string;
            /** Text */
            text: string;
        };
        /** OrganisationOut */
        OrganisationOut: {
            /** Code */
            code: string;
            /** Name */
            name: string;
        };
        /** OrganisationRef */
        OrganisationRef: {
            /** Code */
            code: string;
            /**
             * Email
             * @description where notices to it go, if known
             */
            email?: string | null;
            /** Name */
            name: string;
        };
        /**
         * PaperKind
         * @enum {string}
         */
        PaperKind: "summary" | "review";
        /** Problem */
        Problem: {
            /** Field */
            field: string;
            /** Message */
            message: string;
        };
        /**
         * PublicBoard
         * @description The 公示 in their period today, every office's (no login).
         */
        PublicBoard: {
            /** Publicities */
            publicities: components["schemas"]["PublicPublicity"][];
            /**
             * Today
             * Format: date
             */
            today: string;
        };
        /**
         * PublicEntry
         * @description One applicant on the public 公示 page: nothing but what the notice publishes.
         */
        PublicEntry: {
            /** 姓名 */
            applicant_name: string;
            /** 申报资格 */
            applied_title: string | null;
            /**
             * Case Id
             * Format: uuid
             * @description names the applicant an objection is about
             */
            case_id: string;
            /** 现从事专业 */
            current_profession: string | null;
            /** 工作单位 */
            employer_name: string;
        };
        /** PublicPublicity */
        PublicPublicity: {
            /**
             * 公示截止日期
             * Format: date
             */
            ends_on: string;
            /** Entries */
            entries: components["schemas"]["PublicEntry"][];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** 公示单位 */
            office_name: string;
            /**
             * 公示开始日期
             * Format: date
             */
            starts_on: string;
            /** 公示期（工作日） */
            working_days: number;
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
        /**
         * PublicityOut
         * @description An office's 公示: its period, where it stands, whom it lists, how many objections wait.
         */
        PublicityOut: {
            /** Cases */
            cases: components["schemas"]["CaseItem"][];
            /**
             * 公示截止日期
             * Format: date
             */
            ends_on: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** 待处理异议 */
            open_objections: number;
            /**
             * Phase
             * @description upcoming, ongoing, ended
             */
            phase: string;
            /**
             * Phase Label
             * @description 未开始 / 公示中 / 已期满
             */
            phase_label: string;
            /**
             * Published At
             * Format: date-time
             */
            published_at: string;
            /**
             * 公示开始日期
             * Format: date
             */
            starts_on: string;
            /** 公示期（工作日） */
            working_days: number;
        };
        /**
         * PublicityPage
         * @description 公示 as the office sees it: what it published, and the recommended applicants it has not
         *     published yet (网上送审 waits for their 公示).
         */
        PublicityPage: {
            /** Default Working Days */
            default_working_days: number;
            /** Minimum Working Days */
            minimum_working_days: number;
            /** Publicities */
            publicities: components["schemas"]["PublicityOut"][];
            /** Publicity Required */
            publicity_required: boolean;
            /**
             * Today
             * Format: date
             * @description China's day: the earliest a new 公示 may start
             */
            today: string;
            /** Unpublished */
            unpublished: components["schemas"]["CaseItem"][];
        };
        /** PublishIn */
        PublishIn: {
            /** 公示的推荐对象 */
            case_ids: string[];
            /**
             * 公示开始日期
             * Format: date
             */
            starts_on: string;
            /**
             * 公示期（工作日）
             * @description at least 5; the setting's if left out
             */
            working_days?: number | null;
        };
        /** ReadyOut */
        ReadyOut: {
            /** Checks */
            checks: components["schemas"]["CheckOut"][];
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
        /**
         * RuleOut
         * @description The configured pass rule, as the screens show it (they never compute it themselves).
         */
        RuleOut: {
            /**
             * Pass Threshold
             * @description e.g. 2/3: passed when 赞成票 ≥ threshold × 出席人数
             */
            pass_threshold: string;
            /**
             * Quorum
             * @description e.g. 2/3: a vote's 出席人数 ≥ quorum × 在册委员人数
             */
            quorum: string;
            /** Text */
            text: string;
        };
        /** SelectIn */
        SelectIn: {
            /** 推荐的申报对象 */
            case_ids: string[];
            /** 高评委 */
            senior_committee: string;
        };
        /** Selected */
        Selected: {
            /** Selected */
            selected: components["schemas"]["CaseItem"][];
        };
        /** SendIn */
        SendIn: {
            /** 高评委 */
            senior_committee: string;
        };
        /** SeniorCommitteeOut */
        SeniorCommitteeOut: {
            /** Code */
            code: string;
            /** Name */
            name: string;
            /** Office Code */
            office_code: string;
            /** Office Name */
            office_name: string;
        };
        /** SentBatch */
        SentBatch: {
            /** Case Count */
            case_count: number;
            /** Cases */
            cases: components["schemas"]["CaseItem"][];
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Not Recommended */
            not_recommended: string[];
            /** Office Code */
            office_code: string;
            /** 送审的中评委办公室 */
            office_name: string;
            /** Received At */
            received_at: string | null;
            /**
             * Refusal Told
             * @description who the senior office's 不予接收 of one of its applicants tells, and how
             */
            refusal_told: string[];
            /** Senior Committee */
            senior_committee: string;
            /** Senior Committee Name */
            senior_committee_name: string;
            /** Senior Office Code */
            senior_office_code: string;
            /**
             * Sent At
             * Format: date-time
             */
            sent_at: string;
        };
        /**
         * Status
         * @enum {string}
         */
        Status: "pending_receipt" | "received" | "passed" | "failed" | "selected" | "sent" | "not_recommended" | "refused" | "senior_received" | "senior_refused";
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
        /** TallyIn */
        TallyIn: {
            /** 弃权票 */
            abstain: number;
            /** 反对票 */
            against: number;
            /** 赞成票 */
            in_favour: number;
            /** 出席人数 */
            present: number;
        };
        /**
         * VerdictOut
         * @description The rule's verdict on a tally as it is typed: problems, or passed and why.
         */
        VerdictOut: {
            /** Explanation */
            explanation: string;
            /** Minimum In Favour */
            minimum_in_favour: number | null;
            /** Passed */
            passed: boolean | null;
            /** Problems */
            problems: components["schemas"]["Problem"][];
            /** Valid */
            valid: boolean;
            /**
             * Verdict Label
             * @description 通过 / 未通过 / 得票情况有误
             */
            verdict_label: string;
        };
        /**
         * VoteEntry
         * @description One recorded tally; a newer one for the same case supersedes it, nothing is overwritten.
         */
        VoteEntry: {
            /** 弃权票 */
            abstain: number;
            /** 反对票 */
            against: number;
            /** 更正理由 */
            correction_reason: string | null;
            /** Entry No */
            entry_no: number;
            /** 赞成票 */
            in_favour: number;
            /** Passed */
            passed: boolean;
            /** 出席人数 */
            present: number;
            /**
             * Recorded At
             * Format: date-time
             */
            recorded_at: string;
            /** 结果 */
            result_label: string;
        };
        /** VoteEntryIn */
        VoteEntryIn: {
            /** 弃权票 */
            abstain: number;
            /** 反对票 */
            against: number;
            /**
             * Case Id
             * Format: uuid
             */
            case_id: string;
            /** 赞成票 */
            in_favour: number;
            /** 出席人数 */
            present: number;
        };
        /** VotesIn */
        VotesIn: {
            /** 得票情况 */
            entries: components["schemas"]["VoteEntryIn"][];
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
    list_batches_batches_get: {
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
                    "application/json": components["schemas"]["BatchOut"][];
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
    preview_batches_preview_get: {
        parameters: {
            query: {
                senior_committee: string;
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
                    "application/json": components["schemas"]["BatchPreview"];
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
    send_batches_send_post: {
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
                "application/json": components["schemas"]["SendIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SentBatch"];
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
    print_forms_batches__batch_id__forms_pdf_get: {
        parameters: {
            query?: {
                /** @description review (评审表, default), summary (申报简表) */
                form?: components["schemas"]["PaperKind"][] | null;
            };
            header?: never;
            path: {
                batch_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 评审表 (PDF, A4) */
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
    roster_batches__batch_id__roster_xlsx_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 花名册 (xlsx) */
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
    list_cases_cases_get: {
        parameters: {
            query?: {
                list?: components["schemas"]["CaseList"];
                q?: string | null;
                applicant_name?: string | null;
                employer?: string | null;
                current_profession?: string | null;
                senior_committee?: string | null;
                sort?: "arrived" | "-arrived" | "name" | "-name" | "employer" | "-employer" | "profession" | "-profession" | "updated" | "-updated";
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
    print_case_cases__case_id__forms_pdf_get: {
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
            /** @description 申报简表、评审表 (PDF, A4) */
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
            /** @description 不是本办公室的申报材料，或没有可打印的表格 */
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
    receive_case_cases__case_id__receive_post: {
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
                    "application/json": components["schemas"]["ActionAnswer"];
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
    refuse_case_cases__case_id__refuse_post: {
        parameters: {
            query?: never;
            header?: never;
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
                    "application/json": components["schemas"]["ActionAnswer"];
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
    office_figures_figures_get: {
        parameters: {
            query?: {
                /** @description 申报年度 (the year submitted in); default: the season's, else the newest */
                year?: number | null;
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
    office_figures_workbook_figures_xlsx_get: {
        parameters: {
            query?: {
                /** @description 申报年度 (the year submitted in); default: the season's, else the newest */
                year?: number | null;
            };
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
    list_meetings_meetings_get: {
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
                    "application/json": components["schemas"]["MeetingSummary"][];
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
    new_meeting_meetings_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MeetingIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetail"];
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
    the_rule_meetings_rule_get: {
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
                    "application/json": components["schemas"]["RuleOut"];
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
    read_meeting_meetings__meeting_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meeting_id: string;
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
                    "application/json": components["schemas"]["MeetingDetail"];
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
    correct_meetings__meeting_id__cases__case_id__corrections_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meeting_id: string;
                case_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetail"];
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
    confirm_meetings__meeting_id__confirm_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meeting_id: string;
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
                    "application/json": components["schemas"]["MeetingDetail"];
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
    evaluate_meetings__meeting_id__evaluate_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meeting_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TallyIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerdictOut"];
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
    votes_meetings__meeting_id__votes_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meeting_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VotesIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeetingDetail"];
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
    vote_record_meetings__meeting_id__votes_xlsx_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                meeting_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 得票情况 (xlsx) */
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
    list_objections_objections_get: {
        parameters: {
            query?: {
                /** @description false: 待处理, true: 已处理 */
                decided?: boolean | null;
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
                    "application/json": components["schemas"]["ObjectionOut"][];
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
    read_objection_objections__objection_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                objection_id: string;
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
                    "application/json": components["schemas"]["ObjectionDetail"];
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
    decide_objections__objection_id__decision_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                objection_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionOut"];
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
    object_to_public_objections_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectionIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionFiled"];
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
    public_board_public_publicity_get: {
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
                    "application/json": components["schemas"]["PublicBoard"];
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
    list_publicities_publicities_get: {
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
                    "application/json": components["schemas"]["PublicityPage"];
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
    publish_publicity_publicities_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicityPage"];
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
    refusal_reasons_refusal_reasons_get: {
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
    choose_selection_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SelectIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Selected"];
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
    unchoose_selection__case_id__delete: {
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
                    "application/json": components["schemas"]["CaseAnswer"];
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
    senior_committees_senior_committees_get: {
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
                    "application/json": components["schemas"]["SeniorCommitteeOut"][];
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
    pending_senior_batches_get: {
        parameters: {
            query?: {
                /** @description false: 待接收 (default); true: 已接收 */
                received?: boolean;
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
                    "application/json": components["schemas"]["BatchOut"][];
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
    read_batch_senior_batches__batch_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch_id: string;
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
                    "application/json": components["schemas"]["BatchOut"];
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
    read_case_senior_batches__batch_id__cases__case_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch_id: string;
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
    print_case_senior_batches__batch_id__cases__case_id__forms_pdf_get: {
        parameters: {
            query?: {
                /** @description summary (申报简表), review (评审表); both */
                form?: components["schemas"]["PaperKind"][] | null;
            };
            header?: never;
            path: {
                batch_id: string;
                case_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 申报简表、评审表 (PDF, A4) */
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
            /** @description 不是送本办公室的申报材料，或没有可打印的表格 */
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
    refuse_senior_batches__batch_id__cases__case_id__refuse_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch_id: string;
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
                    "application/json": components["schemas"]["ActionAnswer"];
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
    print_forms_senior_batches__batch_id__forms_pdf_get: {
        parameters: {
            query?: {
                /** @description review (评审表, default), summary (申报简表) */
                form?: components["schemas"]["PaperKind"][] | null;
            };
            header?: never;
            path: {
                batch_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 评审表 (PDF, A4) */
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
    receive_senior_batches__batch_id__receive_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch_id: string;
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
                    "application/json": components["schemas"]["BatchOut"];
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
    roster_senior_batches__batch_id__roster_xlsx_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                batch_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 花名册 (xlsx) */
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
    senior_figures_senior_figures_get: {
        parameters: {
            query?: {
                /** @description 申报年度 (the year submitted in); default: the season's, else the newest */
                year?: number | null;
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
    senior_figures_workbook_senior_figures_xlsx_get: {
        parameters: {
            query?: {
                /** @description 申报年度 (the year submitted in); default: the season's, else the newest */
                year?: number | null;
            };
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
}
