/*
 * Awarehouse SCORM runtime adapter: the API object a SCO finds by walking window.parent
 * (SCORM 1.2 RTE 3.3.6.1 "API" / SCORM 2004 4th ed. RTE 3.1.3 "API_1484_11").
 *
 * Plain ES2020, no dependencies: the adapter page on the content origin loads this file, calls
 * AwarehouseScormRuntime.create({...}) and publishes the result as window.API or
 * window.API_1484_11. SCORM calls are synchronous, so the whole data model lives here and the
 * host's asynchronous `commit` callback only ever sees what changed since the last commit it
 * acknowledged.
 *
 * Character-string limits: both standards only say an LMS must store at least the smallest
 * permitted maximum (SPM). We enforce the SPM as a hard cap so that the server never receives
 * more than it is sized for: a longer value is a type mismatch (1.2: 405, 2004: 406).
 */
(function (global) {
  "use strict";

  // ---------------------------------------------------------------------------------------------
  // Error codes. Model code throws a Failure naming the kind of problem; each version maps kinds
  // to its own numbers, because the two standards number the same situations differently.
  // ---------------------------------------------------------------------------------------------

  // SCORM 1.2 RTE 3.3.3 "Error Codes".
  const ERRORS_12 = {
    0: "No error",
    101: "General exception",
    201: "Invalid argument error",
    202: "Element cannot have children",
    203: "Element not an array - cannot have count",
    301: "Not initialized",
    401: "Not implemented error",
    402: "Invalid set value, element is a keyword",
    403: "Element is read only",
    404: "Element is write only",
    405: "Incorrect data type",
  };

  // SCORM 2004 4th ed. RTE 3.1.7 "API Implementation Error Codes", table 3.1.7a.
  const ERRORS_2004 = {
    0: "No Error",
    101: "General Exception",
    102: "General Initialization Failure",
    103: "Already Initialized",
    104: "Content Instance Terminated",
    111: "General Termination Failure",
    112: "Termination Before Initialization",
    113: "Termination After Termination",
    122: "Retrieve Data Before Initialization",
    123: "Retrieve Data After Termination",
    132: "Store Data Before Initialization",
    133: "Store Data After Termination",
    142: "Commit Before Initialization",
    143: "Commit After Termination",
    201: "General Argument Error",
    301: "General Get Failure",
    351: "General Set Failure",
    391: "General Commit Failure",
    401: "Undefined Data Model Element",
    402: "Unimplemented Data Model Element",
    403: "Data Model Element Value Not Initialized",
    404: "Data Model Element Is Read Only",
    405: "Data Model Element Is Write Only",
    406: "Data Model Element Type Mismatch",
    407: "Data Model Element Value Out Of Range",
    408: "Data Model Dependency Not Established",
  };

  // 1.2 has no "value not initialized": an element the LMS has no value for reads as "" with
  // error 0 (RTE 3.3.4.3), hence notInitialized -> 0. It has no ordering or dependency codes
  // either; 201 "Invalid argument" is the closest fit for an index past the end.
  const KIND_CODES_12 = {
    undefined: 201, keyword: 402, readOnly: 403, writeOnly: 404, noChildren: 202,
    noCount: 203, type: 405, range: 405, index: 201, getIndex: 201, dependency: 201,
    setFailure: 101, notInitialized: 0,
  };

  // 2004 4th ed. RTE 3.1.7.6 (data model errors) and 4.1.1 (GetValue/SetValue behaviour).
  const KIND_CODES_2004 = {
    undefined: 401, keyword: 404, readOnly: 404, writeOnly: 405, noChildren: 301,
    noCount: 301, type: 406, range: 407, index: 351, getIndex: 301, dependency: 408,
    setFailure: 351, notInitialized: 403,
  };

  class Failure extends Error {
    constructor(kind, diagnostic) {
      super(diagnostic);
      this.kind = kind;
    }
  }

  function fail(kind, diagnostic) {
    throw new Failure(kind, diagnostic);
  }

  // ---------------------------------------------------------------------------------------------
  // Value checks. Each takes the candidate string (and the element context when it needs other
  // elements) and throws a Failure; returning means the value is acceptable.
  // ---------------------------------------------------------------------------------------------

  const DECIMAL = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

  function maxLength(spm) {
    return (v) => {
      if (v.length > spm) fail("type", `longer than ${spm} characters`);
    };
  }

  function pattern(re, what) {
    return (v) => {
      if (!re.test(v)) fail("type", `not a valid ${what}`);
    };
  }

  function vocabulary(...words) {
    const allowed = new Set(words);
    return (v) => {
      if (!allowed.has(v)) fail("type", `must be one of: ${words.map((w) => `"${w}"`).join(", ")}`);
    };
  }

  function number(v) {
    if (!DECIMAL.test(v)) fail("type", "not a number");
    return Number(v);
  }

  function numberIn(lo, hi) {
    return (v) => {
      const n = number(v);
      if (n < lo || n > hi) fail("range", `must be between ${lo} and ${hi}`);
    };
  }

  function integerIn(lo, hi) {
    return (v) => {
      if (!/^[-+]?\d+$/.test(v)) fail("type", "not an integer");
      const n = Number(v);
      if (n < lo || n > hi) fail("range", `must be between ${lo} and ${hi}`);
    };
  }

  function blankOr(check) {
    return (v, ctx) => {
      if (v !== "") check(v, ctx);
    };
  }

  function all(...checks) {
    return (v, ctx) => checks.forEach((check) => check(v, ctx));
  }

  // ---- SCORM 1.2 data types, RTE 3.4.2 ----

  const T12 = {
    string255: maxLength(255),
    string4096: maxLength(4096),
    // CMIIdentifier: "no white space or unprintable characters", at most 255.
    identifier: pattern(/^[\x21-\x7e]{1,255}$/, "CMIIdentifier"),
    decimal: pattern(DECIMAL, "CMIDecimal"),
    // CMITimespan HHHH:MM:SS.SS, hours two to four digits, seconds to hundredths.
    timespan: pattern(/^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/, "CMITimespan (HHHH:MM:SS.SS)"),
    // CMITime: a time of day, HH:MM:SS.SS.
    time: pattern(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/, "CMITime (HH:MM:SS.SS)"),
    // cmi.core.score.* and cmi.objectives.n.score.*: CMIDecimal 0..100 or CMIBlank (3.4.4).
    score: blankOr(numberIn(0, 100)),
  };

  // CMIFeedback formats by interaction type (1.2 RTE 3.4.4, cmi.interactions.n.student_response).
  const FEEDBACK_12 = {
    "true-false": /^(0|1|t|f|true|false)$/,
    choice: /^(\{?[0-9a-z](,[0-9a-z])*\}?)?$/,
    "fill-in": /^[\s\S]{0,255}$/,
    numeric: DECIMAL,
    likert: /^[0-9a-z]?$/,
    matching: /^\{?[0-9a-z]\.[0-9a-z](,[0-9a-z]\.[0-9a-z])*\}?$/,
    performance: /^[\s\S]{0,255}$/,
    sequencing: /^[0-9a-z](,[0-9a-z])*$/,
  };

  // A pattern or student response can only be checked against its type once the SCO has set
  // the type; 1.2 does not order the two, so before that the value is held to CMIString255.
  // Real 1.2 content (Storyline, Captivate, iSpring) writes choice and matching identifiers
  // longer than the single characters CMIFeedback allows, and SCORM Cloud and Moodle keep them;
  // refusing them would only lose the learner's answers. So a value that breaks the strict format
  // is still accepted when it is a CMIString255; true-false and numeric stay strict.
  const STRICT_12 = new Set(["true-false", "numeric"]);
  function feedback12(v, ctx) {
    const type = ctx.recordValue("type");
    const re = type && FEEDBACK_12[type];
    if (re && re.test(v)) return;
    if (re && STRICT_12.has(type)) fail("type", `not a valid ${type} response`);
    T12.string255(v);
  }

  // ---- SCORM 2004 4th ed. data types, RTE 4.1.1.x ----

  // language_type: ISO 639 code plus optional subtags (RFC 3066), or empty.
  const LANGUAGE = /^(([a-zA-Z]{2,3}|i|x)(-[a-zA-Z0-9]{1,8})*)?$/;

  function localized(spm) {
    // localized_string_type: an optional {lang=xx} delimiter, then the text, SPM on the text.
    return (v) => {
      // {case_matters=} and {order_matters=} belong to correct-response patterns only.
      if (/^\{(case_matters|order_matters)=/.test(v)) fail("type", "a pattern delimiter is not a response");
      const m = /^\{lang=([^}]*)\}/.exec(v);
      if (m && (!m[1] || !LANGUAGE.test(m[1]))) fail("type", "invalid {lang=} delimiter");
      maxLength(spm)(m ? v.slice(m[0].length) : v);
    };
  }

  // timeinterval (second,10,2): ISO 8601 duration with at least one component; seconds to
  // hundredths. "P" or "PT" alone are not durations.
  const DURATION = /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;

  // time (second,10,0): YYYY[-MM[-DD[Thh[:mm[:ss[.s[TZD]]]]]]], years 1970..2038.
  const TIME =
    /^(19[7-9]\d|20[0-2]\d|203[0-8])(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3])(:[0-5]\d(:[0-5]\d(\.\d{1,2})?(Z|[+-]([01]\d|2[0-3])(:?[0-5]\d)?)?)?)?)?)?)?$/;

  const T04 = {
    string250: maxLength(250),
    string1000: maxLength(1000),
    string4000: maxLength(4000),
    string64000: maxLength(64000),
    localized250: localized(250),
    localized4000: localized(4000),
    // long_identifier_type is a URI, SPM 4000: no whitespace, never empty.
    longId: pattern(/^\S{1,4000}$/, "long_identifier_type"),
    real: pattern(DECIMAL, "real(10,7)"),
    duration: pattern(DURATION, "timeinterval (ISO 8601 duration)"),
    time: pattern(TIME, "time (second,10,0)"),
    language: all(maxLength(250), pattern(LANGUAGE, "language_type")),
    completion: vocabulary("completed", "incomplete", "not attempted", "unknown"),
    success: vocabulary("passed", "failed", "unknown"),
    scaled: numberIn(-1, 1),
    unit: numberIn(0, 1),
    nonNegative: numberIn(0, Number.MAX_VALUE),
  };

  // ---------------------------------------------------------------------------------------------
  // SCORM 2004 interaction responses, RTE 4.2.9.1 (correct_responses.n.pattern) and 4.2.9.2
  // (learner_response). Each type parses its delimiters ([,] [.] [:] {case_matters=} ...) and
  // checks each part.
  // ---------------------------------------------------------------------------------------------

  // short_identifier_type is a URI (SPM 250): no whitespace, and none of the brackets and braces
  // the response delimiters ([,] [.] [:] {..}) are made of.
  const SHORT_ID = /^[^\s[\]{}]{1,250}$/;

  function items(v) {
    return v.split("[,]");
  }

  function shortId(part) {
    if (!SHORT_ID.test(part)) fail("type", `"${part}" is not a short_identifier_type`);
  }

  function uniqueItems(list) {
    if (new Set(list).size !== list.length) fail("type", "identifiers must be unique");
  }

  // Strips the leading {case_matters=..}/{order_matters=..} delimiters a pattern may carry.
  function stripFlags(v, allowed) {
    let rest = v;
    for (;;) {
      const m = /^\{(case_matters|order_matters)=(true|false)\}/.exec(rest);
      if (!m) return rest;
      if (!allowed.includes(m[1])) fail("type", `${m[1]} is not allowed for this type`);
      rest = rest.slice(m[0].length);
    }
  }

  function pairs(v, checkSource, checkTarget) {
    items(v).forEach((item) => {
      const parts = item.split("[.]");
      if (parts.length !== 2) fail("type", `"${item}" is not a source[.]target pair`);
      checkSource(parts[0]);
      checkTarget(parts[1]);
    });
  }

  function numericRange(v) {
    const parts = v.split("[:]");
    if (parts.length !== 2) fail("type", "numeric pattern must be min[:]max");
    const [lo, hi] = parts.map((p) => (p === "" ? null : number(p)));
    if (lo !== null && hi !== null && lo > hi) fail("type", "min must not exceed max");
  }

  function performanceStep(forPattern) {
    return (name, answer) => {
      if (name !== "") shortId(name);
      if (name === "" && answer === "") fail("type", "a step needs a name or an answer");
      if (answer === "" || SHORT_ID.test(answer)) return;
      if (forPattern && answer.includes("[:]")) numericRange(answer);
      else number(answer);
    };
  }

  function performance(v, forPattern) {
    const step = performanceStep(forPattern);
    items(v).forEach((item) => {
      const parts = item.split("[.]");
      if (parts.length !== 2) fail("type", `"${item}" is not a step_name[.]step_answer`);
      step(parts[0], parts[1]);
    });
  }

  const trueFalse = vocabulary("true", "false");
  const choiceList = (v) => {
    if (v === "") return;
    const list = items(v);
    list.forEach(shortId);
    uniqueItems(list);
  };

  const CORRECT_PATTERN_2004 = {
    "true-false": trueFalse,
    choice: choiceList,
    "fill-in": (v) => items(stripFlags(v, ["case_matters", "order_matters"])).forEach(T04.localized250),
    "long-fill-in": (v) => T04.localized4000(stripFlags(v, ["case_matters"])),
    likert: shortId,
    matching: (v) => pairs(v, shortId, shortId),
    performance: (v) => performance(stripFlags(v, ["order_matters"]), true),
    sequencing: (v) => items(v).forEach(shortId),
    numeric: numericRange,
    other: T04.string4000,
  };

  const LEARNER_RESPONSE_2004 = {
    ...CORRECT_PATTERN_2004,
    "fill-in": (v) => items(v).forEach(T04.localized250),
    "long-fill-in": T04.localized4000,
    performance: (v) => performance(v, false),
    numeric: (v) => number(v),
  };

  // Types whose correct_responses may hold a single pattern (RTE 4.2.9.1, table 4.2.9.1a).
  const SINGLE_PATTERN_TYPES = new Set(["true-false", "likert", "numeric", "other"]);

  // correct_responses.n.pattern and learner_response depend on the interaction's type being set
  // (RTE 4.1.1 "dependencies"), then follow that type's format.
  function byInteractionType(formats, kind) {
    return (v, ctx) => {
      const type = ctx.recordValue("type");
      if (type === undefined) fail("dependency", `interaction type must be set before ${kind}`);
      formats[type](v, ctx);
    };
  }

  function correctPattern(v, ctx) {
    byInteractionType(CORRECT_PATTERN_2004, "a correct response")(v, ctx);
    const type = ctx.recordValue("type");
    const index = ctx.indices[1];
    if (SINGLE_PATTERN_TYPES.has(type) && index > 0) {
      fail("setFailure", `a ${type} interaction has only one correct response`);
    }
    if (type === "choice" && ctx.siblings("pattern").some((p, i) => i !== index && p === v)) {
      fail("setFailure", "choice correct responses must be unique");
    }
  }

  // An objective's id is unique among its siblings, and once set it identifies the objective for
  // the rest of the attempt (RTE 4.2.17 / 4.2.9 objectives.n.id): changing it is a set failure.
  function uniqueId(v, ctx) {
    T04.longId(v);
    const current = ctx.ownValue();
    if (current !== undefined && current !== v) fail("setFailure", "an identifier cannot be changed once set");
    const index = ctx.indices[ctx.indices.length - 1];
    if (ctx.siblings("id").some((id, i) => i !== index && id === v)) {
      fail("setFailure", `identifier "${v}" is already used`);
    }
  }

  // adl.nav.request (RTE 4.4.1): a navigation request the LMS acts on after Terminate.
  const NAV_REQUEST =
    /^(continue|previous|exit|exitAll|abandon|abandonAll|suspendAll|_none_|\{target=[^{}\s]+\}(choice|jump))$/;

  // ---------------------------------------------------------------------------------------------
  // Schemas. `elements` maps an element pattern (indices written as "n") to
  // [access, check, default]; `children` lists each _children answer; `collections` names the
  // arrays and the element that must be set first when a record is created.
  // ---------------------------------------------------------------------------------------------

  const RO = "ro";
  const RW = "rw";
  const WO = "wo";

  function schema12() {
    const status = ["passed", "completed", "failed", "incomplete", "browsed"];
    return {
      version: "3.4",
      elements: {
        "cmi.core.student_id": [RO],
        "cmi.core.student_name": [RO],
        "cmi.core.lesson_location": [RW, T12.string255],
        "cmi.core.credit": [RO, null, "credit"],
        // The SCO may not set "not attempted": only the LMS starts there (RTE 3.4.4).
        "cmi.core.lesson_status": [RW, vocabulary(...status), "not attempted"],
        "cmi.core.entry": [RO, null, ""],
        "cmi.core.score.raw": [RW, T12.score],
        "cmi.core.score.min": [RW, T12.score],
        "cmi.core.score.max": [RW, T12.score],
        "cmi.core.total_time": [RO, null, "0000:00:00.00"],
        "cmi.core.lesson_mode": [RO, null, "normal"],
        "cmi.core.exit": [WO, vocabulary("time-out", "suspend", "logout", "")],
        "cmi.core.session_time": [WO, T12.timespan],
        "cmi.suspend_data": [RW, T12.string4096],
        "cmi.launch_data": [RO],
        "cmi.comments": [RW, T12.string4096],
        "cmi.comments_from_lms": [RO],
        "cmi.objectives.n.id": [RW, T12.identifier],
        "cmi.objectives.n.score.raw": [RW, T12.score],
        "cmi.objectives.n.score.min": [RW, T12.score],
        "cmi.objectives.n.score.max": [RW, T12.score],
        "cmi.objectives.n.status": [RW, vocabulary(...status, "not attempted")],
        "cmi.student_data.mastery_score": [RO],
        "cmi.student_data.max_time_allowed": [RO],
        "cmi.student_data.time_limit_action": [RO],
        "cmi.student_preference.audio": [RW, integerIn(-1, 100)],
        "cmi.student_preference.language": [RW, T12.string255],
        "cmi.student_preference.speed": [RW, integerIn(-100, 100)],
        "cmi.student_preference.text": [RW, integerIn(-1, 1)],
        // Interactions are a journal the SCO writes and never reads back (RTE 3.4.4).
        "cmi.interactions.n.id": [WO, T12.identifier],
        "cmi.interactions.n.objectives.n.id": [WO, T12.identifier],
        "cmi.interactions.n.time": [WO, T12.time],
        "cmi.interactions.n.type": [
          WO,
          vocabulary("true-false", "choice", "fill-in", "matching", "performance", "sequencing", "likert", "numeric"),
        ],
        "cmi.interactions.n.correct_responses.n.pattern": [WO, feedback12],
        "cmi.interactions.n.weighting": [WO, T12.decimal],
        "cmi.interactions.n.student_response": [WO, feedback12],
        "cmi.interactions.n.result": [
          WO,
          (v) => /^(correct|wrong|unanticipated|neutral)$/.test(v) || T12.decimal(v),
        ],
        "cmi.interactions.n.latency": [WO, T12.timespan],
      },
      children: {
        cmi: "core,suspend_data,launch_data,comments,objectives,student_data,student_preference,interactions",
        "cmi.core":
          "student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time",
        "cmi.core.score": "raw,min,max",
        "cmi.objectives": "id,score,status",
        "cmi.objectives.n.score": "raw,min,max",
        "cmi.student_data": "mastery_score,max_time_allowed,time_limit_action",
        "cmi.student_preference": "audio,language,speed,text",
        "cmi.interactions": "id,objectives,time,type,correct_responses,weighting,student_response,result,latency",
      },
      // 1.2 has no "id first" rule: any element of the next record creates it.
      collections: {
        "cmi.objectives": {},
        "cmi.interactions": {},
        "cmi.interactions.n.objectives": {},
        "cmi.interactions.n.correct_responses": {},
      },
    };
  }

  function schema2004() {
    const interactionType = vocabulary(
      "true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing",
      "likert", "numeric", "other");
    return {
      version: "1.0",
      elements: {
        "cmi.comments_from_learner.n.comment": [RW, T04.localized4000],
        "cmi.comments_from_learner.n.location": [RW, T04.string250],
        "cmi.comments_from_learner.n.timestamp": [RW, T04.time],
        "cmi.comments_from_lms.n.comment": [RO],
        "cmi.comments_from_lms.n.location": [RO],
        "cmi.comments_from_lms.n.timestamp": [RO],
        "cmi.completion_status": [RW, T04.completion, "unknown"],
        "cmi.completion_threshold": [RO],
        "cmi.credit": [RO, null, "credit"],
        "cmi.entry": [RO, null, "ab-initio"],
        "cmi.exit": [WO, vocabulary("time-out", "suspend", "logout", "normal", "")],
        "cmi.interactions.n.id": [RW, T04.longId],
        "cmi.interactions.n.type": [RW, interactionType],
        "cmi.interactions.n.objectives.n.id": [RW, uniqueId],
        "cmi.interactions.n.timestamp": [RW, T04.time],
        "cmi.interactions.n.correct_responses.n.pattern": [RW, correctPattern],
        "cmi.interactions.n.weighting": [RW, T04.real],
        "cmi.interactions.n.learner_response": [RW, byInteractionType(LEARNER_RESPONSE_2004, "a learner response")],
        "cmi.interactions.n.result": [RW, (v) => /^(correct|incorrect|unanticipated|neutral)$/.test(v) || T04.real(v)],
        "cmi.interactions.n.latency": [RW, T04.duration],
        "cmi.interactions.n.description": [RW, T04.localized250],
        "cmi.launch_data": [RO],
        "cmi.learner_id": [RO],
        "cmi.learner_name": [RO],
        "cmi.learner_preference.audio_level": [RW, T04.nonNegative, "1"],
        "cmi.learner_preference.language": [RW, T04.language, ""],
        "cmi.learner_preference.delivery_speed": [RW, T04.nonNegative, "1"],
        "cmi.learner_preference.audio_captioning": [RW, integerIn(-1, 1), "0"],
        "cmi.location": [RW, T04.string1000],
        "cmi.max_time_allowed": [RO],
        "cmi.mode": [RO, null, "normal"],
        "cmi.objectives.n.id": [RW, uniqueId],
        "cmi.objectives.n.score.scaled": [RW, T04.scaled],
        "cmi.objectives.n.score.raw": [RW, T04.real],
        "cmi.objectives.n.score.min": [RW, T04.real],
        "cmi.objectives.n.score.max": [RW, T04.real],
        "cmi.objectives.n.success_status": [RW, T04.success, "unknown"],
        "cmi.objectives.n.completion_status": [RW, T04.completion, "unknown"],
        "cmi.objectives.n.progress_measure": [RW, T04.unit],
        "cmi.objectives.n.description": [RW, T04.localized250],
        "cmi.progress_measure": [RW, T04.unit],
        "cmi.scaled_passing_score": [RO],
        "cmi.score.scaled": [RW, T04.scaled],
        "cmi.score.raw": [RW, T04.real],
        "cmi.score.min": [RW, T04.real],
        "cmi.score.max": [RW, T04.real],
        "cmi.session_time": [WO, T04.duration],
        "cmi.success_status": [RW, T04.success, "unknown"],
        "cmi.suspend_data": [RW, T04.string64000],
        "cmi.time_limit_action": [RO, null, "continue,no message"],
        "cmi.total_time": [RO, null, "PT0H0M0S"],
        "adl.nav.request": [RW, pattern(NAV_REQUEST, "navigation request"), "_none_"],
      },
      children: {
        "cmi.comments_from_learner": "comment,location,timestamp",
        "cmi.comments_from_lms": "comment,location,timestamp",
        "cmi.interactions": "id,type,objectives,timestamp,correct_responses,weighting,learner_response,result,latency,description",
        "cmi.learner_preference": "audio_level,language,delivery_speed,audio_captioning",
        "cmi.objectives": "id,score,success_status,completion_status,progress_measure,description",
        "cmi.objectives.n.score": "scaled,raw,min,max",
        "cmi.score": "scaled,raw,min,max",
      },
      // RTE 4.1.1: an objective or interaction record exists only once its id is set (408).
      collections: {
        "cmi.comments_from_learner": {},
        "cmi.comments_from_lms": {},
        "cmi.interactions": { first: "id" },
        "cmi.interactions.n.objectives": {},
        "cmi.interactions.n.correct_responses": {},
        "cmi.objectives": { first: "id" },
      },
      // Nested records need their parent interaction to exist first (RTE 4.2.9: 408).
      nestedNeedsParent: true,
      navigation: true,
      // Elements whose GetValue answer is evaluated rather than stored (RTE 4.2.4.1, 4.2.22.1).
      readers: {
        "cmi.completion_status": evaluateCompletion,
        "cmi.success_status": evaluateSuccess,
      },
      // A change to the left-hand element can change what the right-hand one reads as, so a
      // payload carrying the first also carries the second's evaluated value.
      derived: {
        "cmi.progress_measure": "cmi.completion_status",
        "cmi.score.scaled": "cmi.success_status",
      },
    };
  }

  // RTE 4.2.4.1: with a completion_threshold from the manifest, the LMS answers from
  // progress_measure (>= threshold: completed, below: incomplete, absent: unknown); without one,
  // it answers what the SCO set.
  function evaluateCompletion(stored) {
    const threshold = stored("cmi.completion_threshold");
    if (threshold === undefined || threshold === "") return stored("cmi.completion_status");
    const progress = stored("cmi.progress_measure");
    if (progress === undefined) return "unknown";
    return Number(progress) >= Number(threshold) ? "completed" : "incomplete";
  }

  // RTE 4.2.22.1: the same rule for success_status, scaled_passing_score and score.scaled.
  function evaluateSuccess(stored) {
    const passing = stored("cmi.scaled_passing_score");
    if (passing === undefined || passing === "") return stored("cmi.success_status");
    const scaled = stored("cmi.score.scaled");
    if (scaled === undefined) return "unknown";
    return Number(scaled) >= Number(passing) ? "passed" : "failed";
  }

  // ---------------------------------------------------------------------------------------------
  // The data model: a flat map of concrete element names ("cmi.objectives.0.id") to strings,
  // plus the record count of every array. Everything here throws Failures; the API facade turns
  // them into error codes.
  // ---------------------------------------------------------------------------------------------

  const KEYWORDS = new Set(["_children", "_count", "_version"]);
  const NAV_VALID = /^adl\.nav\.request_valid\.(?:(continue|previous)|(choice|jump)\.(\{target=[^{}\s]+\}))$/;

  class DataModel {
    constructor(schema, initial, navValid) {
      this.schema = schema;
      this.navValid = navValid;
      this.values = new Map();
      this.counts = new Map();
      this.known = new Set(Object.keys(schema.children).concat(Object.keys(schema.collections)));
      Object.keys(schema.elements).forEach((element) => {
        const parts = element.split(".");
        for (let i = 1; i <= parts.length; i++) this.known.add(parts.slice(0, i).join("."));
      });
      Object.entries(initial || {}).forEach(([element, value]) => this.restore(element, value));
    }

    // Values the host provides at launch, including earlier sessions' records: trusted as they
    // are, but they must name a real element so that _count comes out right.
    restore(element, value) {
      const { pattern, indices } = this.parse(element);
      if (!this.schema.elements[pattern]) return;
      this.levels(pattern, indices).forEach(({ path, index }) => {
        this.counts.set(path, Math.max(this.count(path), index + 1));
      });
      this.values.set(concrete(pattern, indices), value == null ? "" : String(value));
    }

    // Splits "cmi.interactions.3.objectives.0.id" into the pattern
    // "cmi.interactions.n.objectives.n.id" and the indices [3, 0]. A number where no array is
    // expected stays as it is and so names no element.
    parse(element) {
      const pattern = [];
      const indices = [];
      for (const part of element.split(".")) {
        if (/^\d+$/.test(part) && this.schema.collections[pattern.join(".")]) {
          indices.push(Number(part));
          pattern.push("n");
        } else {
          pattern.push(part);
        }
      }
      return { pattern: pattern.join("."), indices };
    }

    // The arrays an element lives in, outermost first, each with the record index used.
    levels(pattern, indices) {
      const parts = pattern.split(".");
      const levels = [];
      parts.forEach((part, i) => {
        if (part !== "n") return;
        const k = levels.length;
        const collection = parts.slice(0, i).join(".");
        levels.push({
          collection,
          path: concrete(collection, indices),
          index: indices[k],
          field: parts.slice(i + 1).join("."),
        });
      });
      return levels;
    }

    count(path) {
      return this.counts.get(path) || 0;
    }

    stored(element) {
      if (this.values.has(element)) return this.values.get(element);
      const def = this.schema.elements[this.parse(element).pattern];
      return def ? def[2] : undefined;
    }

    get(element) {
      const last = element.slice(element.lastIndexOf(".") + 1);
      if (KEYWORDS.has(last)) return this.getKeyword(element, last);
      if (this.schema.navigation && NAV_VALID.test(element)) return this.navValidity(element);
      const { pattern, indices } = this.parse(element);
      const def = this.schema.elements[pattern];
      if (!def) fail("undefined", `${element} is not a data model element`);
      if (def[0] === WO) fail("writeOnly", `${element} is write-only`);
      this.levels(pattern, indices).forEach(({ path, index }) => {
        if (index >= this.count(path)) fail("getIndex", `${path} has no record ${index}`);
      });
      const key = concrete(pattern, indices);
      const reader = this.schema.readers && this.schema.readers[pattern];
      const value = reader ? reader((e) => this.stored(e)) : this.stored(key);
      if (value === undefined) fail("notInitialized", `${element} has no value yet`);
      return value;
    }

    getKeyword(element, keyword) {
      const { pattern, indices } = this.parse(element.slice(0, -(keyword.length + 1)));
      if (keyword === "_version") {
        if (pattern === "cmi") return this.schema.version;
        fail("undefined", `${element} is not a data model element`);
      }
      if (!this.known.has(pattern)) fail("undefined", `${element} is not a data model element`);
      if (keyword === "_children") {
        const children = this.schema.children[pattern];
        if (!children) fail("noChildren", `${pattern} has no children`);
        return children;
      }
      if (!this.schema.collections[pattern]) fail("noCount", `${pattern} is not an array`);
      this.levels(`${pattern}.n`, indices).slice(0, -1).forEach(({ path, index }) => {
        if (index >= this.count(path)) fail("getIndex", `${path} has no record ${index}`);
      });
      return String(this.count(concrete(pattern, indices)));
    }

    // adl.nav.request_valid.* (RTE 4.4.2): only the host can know, so without its answer the
    // LMS says "unknown".
    navValidity(element) {
      const [, direction, kind, target] = NAV_VALID.exec(element);
      const answer = this.navValid ? this.navValid(direction || `${target}${kind}`) : undefined;
      if (answer === true || answer === "true") return "true";
      if (answer === false || answer === "false") return "false";
      return "unknown";
    }

    // Validates and stores a value; returns the concrete element name that changed.
    set(element, value) {
      const last = element.slice(element.lastIndexOf(".") + 1);
      if (KEYWORDS.has(last)) this.rejectKeyword(element, last);
      if (this.schema.navigation && NAV_VALID.test(element)) {
        fail("readOnly", `${element} is read-only`);
      }
      const { pattern, indices } = this.parse(element);
      const def = this.schema.elements[pattern];
      if (!def) fail("undefined", `${element} is not a data model element`);
      if (def[0] === RO) fail("readOnly", `${element} is read-only`);
      const levels = this.levels(pattern, indices);
      this.checkRecords(levels);
      const key = concrete(pattern, indices);
      if (def[1]) def[1](value, this.context(key, indices, levels));
      levels.forEach(({ path, index }) => {
        if (index === this.count(path)) this.counts.set(path, index + 1);
      });
      this.values.set(key, value);
      return key;
    }

    rejectKeyword(element, keyword) {
      const parent = this.parse(element.slice(0, -(keyword.length + 1))).pattern;
      if (this.known.has(parent)) fail("keyword", `${element} is a keyword and read-only`);
      fail("undefined", `${element} is not a data model element`);
    }

    // Records are appended in order: index n may be an existing record or the next free one,
    // never beyond (2004 RTE 4.1.1: 351). A new record starts with its id (408), and in 2004 a
    // nested record needs its interaction to exist already (408).
    checkRecords(levels) {
      levels.forEach(({ collection, path, index, field }, k) => {
        const count = this.count(path);
        if (index > count) fail("index", `${path}.${index} is beyond the next free index ${count}`);
        if (index < count) return;
        const innermost = k === levels.length - 1;
        if (!innermost && this.schema.nestedNeedsParent) {
          fail("dependency", `${path}.${index} must exist first`);
        }
        const first = this.schema.collections[collection].first;
        if (innermost && first && field !== first) {
          fail("dependency", `${path}.${index}.${first} must be set first`);
        }
      });
    }

    // What a value check may look at besides the value itself.
    context(key, indices, levels) {
      const outer = levels[0];
      const inner = levels[levels.length - 1];
      return {
        indices,
        ownValue: () => this.values.get(key),
        recordValue: (field) => this.values.get(`${outer.path}.${outer.index}.${field}`),
        siblings: (field) => {
          const list = [];
          for (let i = 0; i < this.count(inner.path); i++) list.push(this.values.get(`${inner.path}.${i}.${field}`));
          return list;
        },
      };
    }

    // The value a commit carries for an element: what GetValue would answer, even for
    // write-only elements.
    payloadValue(key) {
      const pattern = this.parse(key).pattern;
      const reader = this.schema.readers && this.schema.readers[pattern];
      return reader ? reader((e) => this.stored(e)) : this.stored(key);
    }
  }

  function concrete(pattern, indices) {
    let k = 0;
    return pattern
      .split(".")
      .map((part) => (part === "n" ? String(indices[k++]) : part))
      .join(".");
  }

  // SCORM 1.2 RTE 3.4.4 cmi.core.lesson_status, applied when the SCO finishes:
  // - a status the SCO never set becomes "browsed" in browse mode and "completed" otherwise;
  // - for credit, with a mastery score from the manifest and a raw score from the SCO, the LMS
  //   decides passed or failed itself (cmi.student_data.mastery_score).
  function finishStatus12(model) {
    const status = model.stored("cmi.core.lesson_status");
    let next = status;
    if (next === "not attempted") next = model.stored("cmi.core.lesson_mode") === "browse" ? "browsed" : "completed";
    const mastery = model.stored("cmi.student_data.mastery_score");
    const raw = model.stored("cmi.core.score.raw");
    const credit = model.stored("cmi.core.credit") === "credit";
    if (credit && DECIMAL.test(mastery || "") && DECIMAL.test(raw || "")) {
      next = Number(raw) >= Number(mastery) ? "passed" : "failed";
    }
    if (next === status) return null;
    model.values.set("cmi.core.lesson_status", next);
    return "cmi.core.lesson_status";
  }

  // ---------------------------------------------------------------------------------------------
  // Commits. The SCO's calls return at once; payloads go to the host's `commit` callback, which
  // resolves when the server has stored them. Elements stay dirty until a payload carrying them
  // is acknowledged, so a failed commit is merged into the next one.
  // ---------------------------------------------------------------------------------------------

  class Committer {
    constructor(model, commit) {
      this.model = model;
      this.commit = commit;
      this.sequence = 0;
      this.dirty = new Set();
      this.inFlight = new Map(); // element -> number of unacknowledged payloads carrying it
    }

    mark(key) {
      this.dirty.add(key);
    }

    isDirty() {
      return this.dirty.size > 0;
    }

    // Sends the dirty elements; with `always`, sends even when nothing changed (Terminate must
    // reach the server). Resolves to whether the host acknowledged the payload.
    send(reason, { terminated = false, beacon = false, always = false } = {}) {
      if (!always && !this.isDirty()) return Promise.resolve(true);
      const keys = [...this.dirty];
      this.dirty.clear();
      return this.deliver(keys, reason, terminated, beacon);
    }

    // The page is going away: whatever has not been acknowledged goes in one beacon, including
    // payloads still in flight whose answers the page will never see.
    sendUnload(terminated) {
      const keys = [...new Set([...this.dirty, ...this.inFlight.keys()])];
      if (keys.length === 0) return Promise.resolve(true);
      this.dirty.clear();
      return this.deliver(keys, "unload", terminated, true);
    }

    deliver(keys, reason, terminated, beacon) {
      const payload = { sequence: ++this.sequence, reason, data: this.data(keys), terminated };
      keys.forEach((k) => this.inFlight.set(k, (this.inFlight.get(k) || 0) + 1));
      let result;
      try {
        // Called synchronously so that a beacon is queued before the page is torn down.
        result = this.commit(payload, { beacon });
      } catch (e) {
        result = Promise.reject(e);
      }
      return Promise.resolve(result).then(
        () => this.settle(keys, true),
        () => this.settle(keys, false));
    }

    settle(keys, acknowledged) {
      keys.forEach((k) => {
        const n = this.inFlight.get(k) - 1;
        if (n > 0) this.inFlight.set(k, n);
        else this.inFlight.delete(k);
        if (!acknowledged) this.dirty.add(k);
      });
      return acknowledged;
    }

    data(keys) {
      const data = {};
      const derived = this.model.schema.derived || {};
      keys.forEach((k) => {
        data[k] = this.model.payloadValue(k);
        if (derived[k]) data[derived[k]] = this.model.payloadValue(derived[k]);
      });
      Object.keys(data).forEach((k) => {
        if (data[k] === undefined) delete data[k];
      });
      return data;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The API facade: the session state machine (not initialized -> running -> terminated, 2004
  // RTE 3.1.6), the last-error bookkeeping and the mapping of Failures to each version's codes.
  // ---------------------------------------------------------------------------------------------

  const NOT_INITIALIZED = 0;
  const RUNNING = 1;
  const TERMINATED = 2;

  // Per version: the error for each call in each state that is not "running", and how the
  // version names its calls.
  const STATE_ERRORS_12 = {
    initialize: { [RUNNING]: 101, [TERMINATED]: 101 },
    terminate: { [NOT_INITIALIZED]: 301, [TERMINATED]: 301 },
    get: { [NOT_INITIALIZED]: 301, [TERMINATED]: 301 },
    set: { [NOT_INITIALIZED]: 301, [TERMINATED]: 301 },
    commit: { [NOT_INITIALIZED]: 301, [TERMINATED]: 301 },
  };

  // 2004 RTE 3.1.4.x: each call names its own "before initialization" / "after termination".
  const STATE_ERRORS_2004 = {
    initialize: { [RUNNING]: 103, [TERMINATED]: 104 },
    terminate: { [NOT_INITIALIZED]: 112, [TERMINATED]: 113 },
    get: { [NOT_INITIALIZED]: 122, [TERMINATED]: 123 },
    set: { [NOT_INITIALIZED]: 132, [TERMINATED]: 133 },
    commit: { [NOT_INITIALIZED]: 142, [TERMINATED]: 143 },
  };

  const VERSIONS = {
    "1.2": {
      schema: schema12,
      errors: ERRORS_12,
      kinds: KIND_CODES_12,
      states: STATE_ERRORS_12,
      emptyGet: 201, // LMSGetValue("") is an invalid argument (RTE 3.3.4.3)
      emptySet: 201,
      beforeFinish: finishStatus12,
    },
    2004: {
      schema: schema2004,
      errors: ERRORS_2004,
      kinds: KIND_CODES_2004,
      states: STATE_ERRORS_2004,
      emptyGet: 301, // RTE 3.1.4.3: GetValue("") -> 301, SetValue("", v) -> 351
      emptySet: 351,
      beforeFinish: () => null,
    },
  };

  class Session {
    constructor(options) {
      const version = VERSIONS[options.version];
      if (!version) throw new Error(`SCORM version must be "1.2" or "2004", not ${options.version}`);
      if (typeof options.commit !== "function") throw new Error("a commit callback is required");
      this.version = version;
      this.model = new DataModel(version.schema(), options.initial, options.navValid);
      this.committer = new Committer(this.model, options.commit);
      this.intervalMs = options.intervalMs === undefined ? 30000 : options.intervalMs;
      this.onTerminate = options.onTerminate || (() => {});
      this.window = options.window || (typeof window !== "undefined" ? window : null);
      this.state = NOT_INITIALIZED;
      this.error = { code: 0, diagnostic: "" };
      this.timer = null;
      this.unloaded = false;
      this.listenForUnload();
    }

    // Sets the error for a call made in the wrong state; returns true when the call may go on.
    allowed(call) {
      const code = this.state === RUNNING && call !== "initialize" ? 0 : this.version.states[call][this.state] || 0;
      this.setError(code, code ? `${call} is not allowed now` : "");
      return code === 0;
    }

    setError(code, diagnostic) {
      this.error = { code, diagnostic: diagnostic || "" };
    }

    // Initialize/Terminate/Commit take "" only (1.2 RTE 3.3.4, 2004 RTE 3.1.4: 201).
    emptyParameter(parameter) {
      if (parameter === undefined || parameter === "") return true;
      this.setError(201, "the parameter must be an empty string");
      return false;
    }

    initialize(parameter) {
      if (!this.allowed("initialize") || !this.emptyParameter(parameter)) return "false";
      this.state = RUNNING;
      if (this.intervalMs > 0) {
        this.timer = setInterval(() => this.committer.send("interval"), this.intervalMs);
      }
      return "true";
    }

    terminate(parameter) {
      if (!this.allowed("terminate") || !this.emptyParameter(parameter)) return "false";
      const changed = this.version.beforeFinish(this.model);
      if (changed) this.committer.mark(changed);
      this.state = TERMINATED;
      clearInterval(this.timer);
      const navRequest = this.model.stored("adl.nav.request");
      this.committer
        .send("terminate", { terminated: true, always: true })
        .then((committed) => this.onTerminate({ committed, navRequest }));
      return "true";
    }

    getValue(element) {
      if (!this.allowed("get")) return "";
      if (element === undefined || element === null || element === "") {
        this.setError(this.version.emptyGet, "an element name is required");
        return "";
      }
      return this.modelCall(() => this.model.get(String(element)), "");
    }

    setValue(element, value) {
      if (!this.allowed("set")) return "false";
      if (element === undefined || element === null || element === "") {
        this.setError(this.version.emptySet, "an element name is required");
        return "false";
      }
      // SCOs often pass numbers; the data model is character strings.
      const text = value === undefined || value === null ? "" : String(value);
      return this.modelCall(() => {
        this.committer.mark(this.model.set(String(element), text));
        return "true";
      }, "false");
    }

    commit(parameter) {
      if (!this.allowed("commit") || !this.emptyParameter(parameter)) return "false";
      this.committer.send("commit");
      return "true";
    }

    modelCall(call, failed) {
      try {
        return call();
      } catch (e) {
        if (!(e instanceof Failure)) throw e;
        this.setError(this.version.kinds[e.kind], e.message);
        return failed;
      }
    }

    lastError() {
      return String(this.error.code);
    }

    errorString(code) {
      return this.version.errors[String(code)] || "";
    }

    // The diagnostic for the last error when asked about it (or about nothing), else the
    // standard string (2004 RTE 3.1.4.6 GetDiagnostic).
    diagnostic(code) {
      if (code === undefined || code === null || code === "" || String(code) === String(this.error.code)) {
        return this.error.diagnostic || this.errorString(this.error.code);
      }
      return this.errorString(code);
    }

    // The SCO may never call Terminate/LMSFinish; what it stored still reaches the server, once,
    // by beacon (pagehide covers bfcache and mobile, beforeunload older desktop paths).
    listenForUnload() {
      if (!this.window || !this.window.addEventListener) return;
      const unload = () => {
        if (this.unloaded) return;
        this.unloaded = true;
        clearInterval(this.timer);
        this.committer.sendUnload(this.state === TERMINATED);
      };
      this.window.addEventListener("pagehide", unload);
      this.window.addEventListener("beforeunload", unload);
    }
  }

  function api12(session) {
    return {
      LMSInitialize: (p) => session.initialize(p),
      LMSFinish: (p) => session.terminate(p),
      LMSGetValue: (e) => session.getValue(e),
      LMSSetValue: (e, v) => session.setValue(e, v),
      LMSCommit: (p) => session.commit(p),
      LMSGetLastError: () => session.lastError(),
      LMSGetErrorString: (c) => session.errorString(c),
      LMSGetDiagnostic: (c) => session.diagnostic(c),
    };
  }

  function api2004(session) {
    return {
      version: "1.0",
      Initialize: (p) => session.initialize(p),
      Terminate: (p) => session.terminate(p),
      GetValue: (e) => session.getValue(e),
      SetValue: (e, v) => session.setValue(e, v),
      Commit: (p) => session.commit(p),
      GetLastError: () => session.lastError(),
      GetErrorString: (c) => session.errorString(c),
      GetDiagnostic: (c) => session.diagnostic(c),
    };
  }

  global.AwarehouseScormRuntime = Object.freeze({
    /**
     * options: version "1.2" | "2004"; initial: flat element -> string map from the LMS;
     * commit(payload, {beacon}) -> Promise; intervalMs (default 30000, 0 = off);
     * onTerminate({committed, navRequest}) after the terminating payload settles;
     * navValid(request) -> true | false | "unknown" for adl.nav.request_valid.*;
     * window: where to listen for pagehide/beforeunload (default: this window).
     */
    create(options) {
      const session = new Session(options || {});
      return session.version === VERSIONS["1.2"] ? api12(session) : api2004(session);
    },
  });
})(typeof window !== "undefined" ? window : globalThis);
