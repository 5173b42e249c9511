export const id = 483;
export const ids = [483];
export const modules = {

/***/ 4483:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubServices: () => (/* binding */ githubServices)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./lib/action/runner-commands.js
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
function runnerCore(env = process.env, write = (l) => process.stdout.write(l + external_node_os_.EOL)) {
    const fileCommand = (variable, text) => {
        const file = env[variable];
        if (!file)
            return false;
        (0,external_node_fs_.appendFileSync)(file, text, 'utf8');
        return true;
    };
    return {
        getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
        setOutput: (name, value) => {
            const v = String(value);
            const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
            if (!fileCommand('GITHUB_OUTPUT', `${name}<<${delimiter}${external_node_os_.EOL}${v}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`)) {
                write(external_node_os_.EOL + workflowCommand('set-output', { name }, v));
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
            if (!fileCommand('GITHUB_STEP_SUMMARY', markdown.endsWith('\n') ? markdown : markdown + external_node_os_.EOL)) {
                write('(no GITHUB_STEP_SUMMARY: job summary not written)');
            }
        },
    };
}

;// CONCATENATED MODULE: ./lib/action/github-services.js
/**
 * Services for the comment/ and golden/ entry points, which only talk to the REST API: no cache or
 * artifact client, so their bundles do not carry the Azure SDK.
 */

function unavailable(what) {
    throw new Error(`${what} is not available in this entry point`);
}
async function githubServices() {
    return {
        core: runnerCore(process.env),
        cache: {
            isAvailable: () => false,
            restore: async () => unavailable('the cache'),
            save: async () => unavailable('the cache'),
        },
        artifacts: async () => unavailable('the artifact client'),
        github: async (token) => {
            const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
            return getOctokit(token, process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {});
        },
        env: process.env,
    };
}


/***/ })

};
