// Generated from web/openapi/notify.json by `make api-types`. Do not edit.
export interface paths {
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
    "/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Messages
         * @description The department's messages, unread first; `unread=true` lists only those.
         */
        get: operations["list_messages_messages_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/{message_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Message
         * @description One message (another organisation's answers 404).
         */
        get: operations["read_message_messages__message_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages/{message_id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark Read
         * @description Marks the message read (again: no change).
         */
        post: operations["mark_read_messages__message_id__read_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Notices
         * @description Notices, newest first, by application, status and channel, with counts per status.
         */
        get: operations["list_notices_notices_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notices/resend-failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend All Failed
         * @description 全部重发: every failed notice (of one channel, if given) is sent again, its tries starting
         *     over; answers how many were queued. Calling it again queues only what failed since.
         */
        post: operations["resend_all_failed_notices_resend_failed_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notices/{notice_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read Notice
         * @description One notice: its text, its tries and the provider's last answer.
         */
        get: operations["read_notice_notices__notice_id__get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/notices/{notice_id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend
         * @description Sends a failed notice again, its tries starting over; 409 if it is not failed.
         */
        post: operations["resend_notices__notice_id__resend_post"];
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
        /**
         * Channel
         * @enum {string}
         */
        Channel: "sms" | "email" | "inbox";
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
        /**
         * MessageOut
         * @description One in-system message of a department (站内消息).
         */
        MessageOut: {
            /**
             * Application Id
             * Format: uuid
             */
            application_id: string;
            /** Body */
            body: string;
            /** Case Id */
            case_id: string | null;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /**
             * Link
             * @description the 管理端 screen the message opens (the case, or 公示与异议), if any
             */
            link: string | null;
            /**
             * Link Label
             * @description the link's words, e.g. 查看该申报材料
             */
            link_label: string | null;
            /** Read */
            read: boolean;
            /** Read At */
            read_at: string | null;
            /** Subject */
            subject: string;
            /** Submission */
            submission: number;
        };
        /** MessagePage */
        MessagePage: {
            /** Items */
            items: components["schemas"]["MessageOut"][];
            /** Total */
            total: number;
            /** Unread */
            unread: number;
        };
        /** NoticeOut */
        NoticeOut: {
            /** Address Masked */
            address_masked: string | null;
            /**
             * Application Id
             * Format: uuid
             */
            application_id: string;
            /** Attempts */
            attempts: number;
            /** Body */
            body: string | null;
            /** Case Id */
            case_id: string | null;
            channel: components["schemas"]["Channel"];
            /** Channel Label */
            channel_label: string;
            /**
             * Correlation Id
             * Format: uuid
             */
            correlation_id: string;
            /**
             * Created At
             * Format: date-time
             */
            created_at: string;
            /**
             * Event Id
             * Format: uuid
             */
            event_id: string;
            /** Event Type */
            event_type: string;
            /**
             * Id
             * Format: uuid
             */
            id: string;
            /** Kind */
            kind: string;
            /** Last Error */
            last_error: string | null;
            /** Next Attempt At */
            next_attempt_at: string | null;
            /** Provider Ref */
            provider_ref: string | null;
            /** Recipient */
            recipient: string;
            /** Recipient Name */
            recipient_name: string | null;
            /** Sent At */
            sent_at: string | null;
            status: components["schemas"]["Status"];
            /** Status Label */
            status_label: string;
            /** Subject */
            subject: string | null;
            /** Submission */
            submission: number;
        };
        /** NoticePage */
        NoticePage: {
            /** Channel Labels */
            channel_labels: {
                [key: string]: string;
            };
            /** Counts */
            counts: {
                [key: string]: number;
            };
            /** Items */
            items: components["schemas"]["NoticeOut"][];
            /** Status Labels */
            status_labels: {
                [key: string]: string;
            };
            /** Total */
            total: number;
        };
        /** ReadyOut */
        ReadyOut: {
            /** Checks */
            checks: components["schemas"]["CheckOut"][];
            /** Ready */
            ready: boolean;
        };
        /** ResendAllIn */
        ResendAllIn: {
            /** 渠道（不填则全部渠道） */
            channel?: components["schemas"]["Channel"] | null;
        };
        /** ResendAllOut */
        ResendAllOut: {
            /** 已重新排队发送的通知数 */
            queued: number;
        };
        /**
         * Status
         * @enum {string}
         */
        Status: "awaiting_contact" | "pending" | "sent" | "failed" | "skipped";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    audit_records_audit_get: {
        parameters: {
            query?: {
                /** @description e.g. notice.resend */
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
    list_messages_messages_get: {
        parameters: {
            query?: {
                unread?: boolean;
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
                    "application/json": components["schemas"]["MessagePage"];
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
    read_message_messages__message_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                message_id: string;
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
                    "application/json": components["schemas"]["MessageOut"];
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
    mark_read_messages__message_id__read_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                message_id: string;
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
                    "application/json": components["schemas"]["MessageOut"];
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
    list_notices_notices_get: {
        parameters: {
            query?: {
                application_id?: string | null;
                status?: components["schemas"]["Status"] | null;
                channel?: components["schemas"]["Channel"] | null;
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
                    "application/json": components["schemas"]["NoticePage"];
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
    resend_all_failed_notices_resend_failed_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResendAllIn"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResendAllOut"];
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
    read_notice_notices__notice_id__get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notice_id: string;
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
                    "application/json": components["schemas"]["NoticeOut"];
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
    resend_notices__notice_id__resend_post: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                notice_id: string;
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
                    "application/json": components["schemas"]["NoticeOut"];
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
}
