import { describe, expect, it } from "vitest";
import { ClassificationSchema } from "./schema";
import { classify, params, verdict } from "./test-helpers";

describe("categories from the name's verb", () => {
  it.each([
    ["list_issues", "Read/Low"],
    ["create_issue", "Write/Medium"],
    ["delete_task", "Destructive/Critical"],
    ["run_pipeline", "Execute/High"],
    ["create_refund", "Financial/Critical"],
    ["epics-delete", "Destructive/Critical"],
    ["deploy_app_logs_get", "Read/Low"],
    ["create_or_update_file", "Write/Medium"],
    ["stories-remove-external-link", "Destructive/Critical"],
    ["archive_discount_group", "Write/Medium"],
    ["pause_project", "Execute/High"],
    ["abort-actor-run", "Destructive/Critical"],
    ["uninstall_helm_chart", "Destructive/Critical"],
    ["place_order", "Financial/Critical"],
    ["maps_place_details", "Read/Low"],
  ])("%s is %s", (name, expected) => {
    expect(verdict(name)).toBe(expected);
  });

  it("prefers a plain verb over a word that is also a noun", () => {
    expect(verdict("browser_route_list")).toBe("Read/Low");
    expect(verdict("browser_route")).toBe("Write/Medium");
  });

  it("reads the description's opening verb when the name has none", () => {
    expect(verdict("directory_tree", { description: "Get a recursive tree view of files." })).toBe("Read/Low");
    expect(verdict("video_chapter", { description: "Add a chapter marker to the recording." })).toBe("Write/Medium");
  });
});

describe("rubric notes", () => {
  it("financial nouns make write verbs Financial; reading them stays Read", () => {
    expect(verdict("finalize_invoice")).toBe("Financial/Critical");
    expect(verdict("cancel_subscription")).toBe("Financial/Critical");
    expect(verdict("list_invoices")).toBe("Read/Low");
    expect(verdict("create_product")).toBe("Write/Medium");
    expect(verdict("ecommerce_createAPaymentProviderConnectLinkV1")).toBe("Write/Medium");
  });

  it("opening or closing a session, and clearing a cache, are Write", () => {
    expect(verdict("start_codegen_session")).toBe("Write/Medium");
    expect(verdict("close_browser")).toBe("Write/Medium");
    expect(verdict("clear_cache")).toBe("Write/Medium");
    expect(verdict("clear_cookies")).toBe("Destructive/Critical");
  });

  it("running an audit or creating a report only looks", () => {
    expect(verdict("runAccessibilityAudit")).toBe("Read/Low");
    expect(verdict("create_report")).toBe("Read/Low");
  });

  it("browser actions are Execute only on a browser server", () => {
    const browser = ["browser_navigate", "browser_click", "browser_snapshot"];
    expect(verdict("browser_select_option", {}, browser)).toBe("Execute/High");
    expect(verdict("browser_drop", {}, browser)).toBe("Execute/High");
    expect(verdict("drop_table")).toBe("Destructive/Critical");
  });

  it("a model that only answers is Read", () => {
    expect(verdict("chat-completions-create", { description: "Create chat completions with a model." })).toBe(
      "Read/Low",
    );
  });
});

describe("input schema signals", () => {
  it("an action enum takes the worst operation", () => {
    const schema = params({ action: { type: "string", enum: ["list", "get", "create", "delete"] } });
    const result = classify("private_keys", { inputSchema: schema });
    expect(result.category).toBe("Destructive");
    expect(result.evidence.some((e) => e.path === "inputSchema.properties.action" && e.text === "delete")).toBe(true);
  });

  it("a read-only action enum keeps a noun-like name Read", () => {
    const schema = params({ action: { type: "string", enum: ["get", "list"] } });
    expect(verdict("pipelines_run", { inputSchema: schema })).toBe("Read/Low");
  });

  it("finds operations in nested anyOf branches", () => {
    const schema = params({
      selectSchema: {
        anyOf: [params({ operation: { const: "deploy-site" } }), params({ operation: { const: "get-deploy" } })],
      },
    });
    expect(verdict("services-updater", { inputSchema: schema })).toBe("Execute/High");
  });

  it("a prune or delete flag makes a call Destructive; routine branch clean-up does not", () => {
    expect(verdict("docker_system", { inputSchema: params({ prune: { type: "boolean" } }) })).toBe(
      "Destructive/Critical",
    );
    expect(verdict("update_account", { inputSchema: params({ delete_items: { type: "boolean" } }) })).toBe(
      "Destructive/Critical",
    );
    expect(verdict("update_pull_request", { inputSchema: params({ deleteSourceBranch: { type: "boolean" } }) })).toBe(
      "Write/Medium",
    );
    expect(verdict("update_record", { inputSchema: params({ force: { type: "boolean" } }) })).toBe("Write/Medium");
  });
});

describe("SQL and code", () => {
  const sql = params({ sql: { type: "string" } }, ["sql"]);
  it("a generic SQL executor is Execute/Critical; a read-only one is Read", () => {
    expect(verdict("execute_sql", { inputSchema: sql, description: "Execute SQL on the database." })).toBe(
      "Execute/Critical",
    );
    expect(verdict("query", { inputSchema: sql, description: "Run a read-only SQL query" })).toBe("Read/Low");
    expect(
      verdict("mysql_query", {
        inputSchema: sql,
        description: "Run SQL queries with support for INSERT, UPDATE, DELETE",
      }),
    ).toBe("Execute/Critical");
  });

  it("code on the host is Critical, in a browser page or sandbox High", () => {
    const code = params({ code: { type: "string" } }, ["code"]);
    expect(verdict("run-code", { inputSchema: code, description: "Run code snippet and return the result." })).toBe(
      "Execute/Critical",
    );
    expect(
      verdict(
        "puppeteer_evaluate",
        {
          inputSchema: params({ script: { type: "string" } }),
          description: "Execute JavaScript in the browser console",
        },
        ["puppeteer_navigate", "puppeteer_click"],
      ),
    ).toBe("Execute/High");
    expect(verdict("run_code", { inputSchema: code, description: "Run Python code in a secure cloud sandbox." })).toBe(
      "Execute/High",
    );
  });

  it("a tool that stores a required command to run is Execute", () => {
    const schema = params({ command: { type: "string" }, time: { type: "string" } }, ["command"]);
    expect(verdict("create_cron_job", { inputSchema: schema })).toBe("Execute/Critical");
  });

  it("deploying is Execute/High even with a script", () => {
    expect(verdict("workers_deploy", { inputSchema: params({ script: { type: "string" } }) })).toBe("Execute/High");
  });
});

describe("risk adjustments", () => {
  it("Read returning secrets is Medium", () => {
    expect(verdict("get-env")).toBe("Read/Medium");
    expect(verdict("get_publishable_keys")).toBe("Read/Medium");
    expect(verdict("get_connection_string")).toBe("Read/Medium");
    expect(verdict("topic_list", { description: "List topics, returning endpoints and access keys." })).toBe(
      "Read/Medium",
    );
    expect(verdict("get_server", { description: "Server details. Credentials are always masked." })).toBe("Read/Low");
    expect(verdict("get_service", { inputSchema: params({ reveal: { type: "boolean" } }) })).toBe("Read/Medium");
  });

  it("Write that messages people, changes access or many records is High", () => {
    expect(verdict("slack_post_message")).toBe("Write/High");
    expect(verdict("send-email")).toBe("Write/High");
    expect(verdict("add_reaction")).toBe("Write/Medium");
    expect(verdict("draft_email", { description: "Draft a new email without sending it." })).toBe("Write/Medium");
    expect(verdict("update-calendar-permission")).toBe("Write/High");
    expect(verdict("update_project", { inputSchema: params({ privacy_setting: { type: "string" } }) })).toBe(
      "Write/High",
    );
    expect(verdict("create_project", { inputSchema: params({ privacy_setting: { type: "string" } }) })).toBe(
      "Write/Medium",
    );
    expect(verdict("hubspot-batch-update-objects")).toBe("Write/High");
    expect(verdict("import_glossary_csv")).toBe("Write/High");
  });

  it("Execute running arbitrary commands is Critical", () => {
    expect(verdict("run_gcloud_command")).toBe("Execute/Critical");
    expect(verdict("restart_service")).toBe("Execute/High");
  });
});

describe("annotations are evidence, not the answer", () => {
  it("records a read-only claim on a delete tool as a contradiction", () => {
    const result = classify("delete_entities", { annotations: { readOnlyHint: true, destructiveHint: false } });
    expect(result.category).toBe("Destructive");
    const kinds = result.annotationFindings.map((f) => `${f.hint}:${f.kind}`);
    expect(kinds).toContain("readOnlyHint:contradiction");
    expect(kinds).toContain("destructiveHint:contradiction");
    expect(result.rationale).toContain("hints disagree");
  });

  it("calls a hint more cautious than our finding an overstatement, and does not lower confidence for it", () => {
    const plain = classify("list_things");
    const cautious = classify("list_things", { annotations: { readOnlyHint: false, destructiveHint: true } });
    const kinds = cautious.annotationFindings.map((f) => `${f.hint}:${f.kind}`);
    expect(kinds).toEqual(expect.arrayContaining(["readOnlyHint:overstatement", "destructiveHint:overstatement"]));
    expect(kinds.some((kind) => kind.endsWith(":contradiction"))).toBe(false);
    expect(cautious.confidence).toBe(plain.confidence);
  });

  it("does not judge destructiveHint on a Write tool, which may overwrite", () => {
    const findings = classify("write_file", { annotations: { destructiveHint: true } }).annotationFindings;
    expect(findings.find((f) => f.hint === "destructiveHint")).toBeUndefined();
  });

  it("notes the spec defaults when nothing is declared", () => {
    const findings = classify("list_things").annotationFindings;
    expect(findings).toHaveLength(4);
    expect(findings.every((f) => f.kind === "default-assumed" && f.declared === null)).toBe(true);
  });

  it("records agreement", () => {
    const findings = classify("list_things", { annotations: { readOnlyHint: true } }).annotationFindings;
    expect(findings.find((f) => f.hint === "readOnlyHint")?.kind).toBe("agreement");
  });
});

describe("the result", () => {
  it("is valid, deterministic, quotes its deciding words and keeps confidence in [0, 1]", () => {
    const first = classify("asana_delete_task", { description: "Delete a task. Cannot be undone." });
    expect(ClassificationSchema.parse(first)).toEqual(first);
    expect(classify("asana_delete_task", { description: "Delete a task. Cannot be undone." })).toEqual(first);
    expect(first.rationale).toContain('"delete"');
    expect(first.confidence).toBeGreaterThan(0.5);
    expect(classify("zzz").confidence).toBeLessThan(0.5);
  });
});
