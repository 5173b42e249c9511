export const id = 6761;
export const ids = [6761];
export const modules = {

/***/ 66761:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runnerCore: () => (/* binding */ runnerCore)
/* harmony export */ });
/* unused harmony exports workflowCommand, requestIdToken */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/**
 * The runner protocol the action needs (inputs from INPUT_*, workflow commands on stdout, the
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), written out instead of importing @actions/core:
 * core statically pulls @actions/http-client and undici (~1 MB to compile) for OIDC alone, which
 * would take the cold start of a plain run over budget. Same encoding rules as @actions/core.
 */



function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function workflowCommand(command, props, message) {
    const p = Object.entries(props)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    return `::${command}${p ? ` ${p}` : ''}::${escapeData(message)}`;
}
/** @actions/core's toCommandProperties: columns only make sense on one line, as GitHub renders them. */
function annotationProps(props) {
    return {
        title: props?.title,
        file: props?.file,
        line: props?.startLine,
        endLine: props?.endLine,
        col: props?.startColumn,
        endColumn: props?.endColumn,
    };
}
/**
 * @actions/core's getIDToken over fetch: GET ACTIONS_ID_TOKEN_REQUEST_URL (+ &audience=) with the
 * request token as bearer; the answer is `{ "value": JWT }`.
 */
async function requestIdToken(env, audience, fetchImpl = fetch) {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const token = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !token) {
        throw new Error('no OIDC token available: give the job `permissions: id-token: write` ' +
            '(ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN are unset)');
    }
    const target = audience ? `${url}&audience=${encodeURIComponent(audience)}` : url;
    const res = await fetchImpl(target, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
    if (!res.ok)
        throw new Error(`OIDC token request failed: HTTP ${res.status}`);
    const body = (await res.json());
    if (typeof body.value !== 'string' || !body.value)
        throw new Error('OIDC token response has no value');
    return body.value;
}
function runnerCore(env = process.env, write = (l) => process.stdout.write(l + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL)) {
    const fileCommand = (variable, text) => {
        const file = env[variable];
        if (!file)
            return false;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, text, 'utf8');
        return true;
    };
    return {
        getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
        setOutput: (name, value) => {
            const v = String(value);
            const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
            if (!fileCommand('GITHUB_OUTPUT', `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${v}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`)) {
                write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL + workflowCommand('set-output', { name }, v));
            }
        },
        setFailed: (message) => {
            process.exitCode = 1;
            write(workflowCommand('error', {}, message));
        },
        setSecret: (secret) => {
            if (secret)
                write(workflowCommand('add-mask', {}, secret));
        },
        info: (message) => write(message),
        debug: (message) => write(workflowCommand('debug', {}, message)),
        notice: (message, props) => write(workflowCommand('notice', annotationProps(props), message)),
        warning: (message, props) => write(workflowCommand('warning', annotationProps(props), message)),
        error: (message, props) => write(workflowCommand('error', annotationProps(props), message)),
        startGroup: (name) => write(workflowCommand('group', {}, name)),
        endGroup: () => write('::endgroup::'),
        getIDToken: async (audience) => {
            const jwt = await requestIdToken(env, audience);
            write(workflowCommand('add-mask', {}, jwt));
            return jwt;
        },
        appendSummary: async (markdown) => {
            if (!fileCommand('GITHUB_STEP_SUMMARY', markdown.endsWith('\n') ? markdown : markdown + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL)) {
                write('(no GITHUB_STEP_SUMMARY: job summary not written)');
            }
        },
    };
}


/***/ })

};
