export const id = 8180;
export const ids = [8180];
export const modules = {

/***/ 58180:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signedArtifactUrl: () => (/* binding */ signedArtifactUrl)
/* harmony export */ });
function backendIds(token) {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    for (const scope of (claims.scp ?? '').split(' ')) {
        const [kind, run, job] = scope.split(':');
        if (kind === 'Actions.Results' && run && job)
            return { run, job };
    }
    throw new Error('ACTIONS_RUNTIME_TOKEN carries no Actions.Results scope');
}
async function rpc(env, method, body) {
    const token = env.ACTIONS_RUNTIME_TOKEN;
    const base = env.ACTIONS_RESULTS_URL;
    if (!token || !base)
        throw new Error('the runtime artifact service is not available (ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL unset)');
    const res = await fetch(`${new URL(base).origin}/twirp/github.actions.results.api.v1.ArtifactService/${method}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) {
        let msg = text.slice(0, 300);
        try {
            msg = JSON.parse(text).msg ?? msg;
        }
        catch {
            /* not JSON: keep the text */
        }
        throw new Error(`${method}: HTTP ${res.status}: ${msg}`);
    }
    return JSON.parse(text);
}
async function signedArtifactUrl(env, artifactId) {
    const ids = backendIds(env.ACTIONS_RUNTIME_TOKEN ?? '');
    const { artifacts } = await rpc(env, 'ListArtifacts', {
        workflow_run_backend_id: ids.run,
        workflow_job_run_backend_id: ids.job,
        id_filter: String(artifactId),
    });
    const a = artifacts?.[0];
    if (!a)
        throw new Error(`artifact ${artifactId} not found on the runtime path`);
    const { signed_url: url } = await rpc(env, 'GetSignedArtifactURL', {
        workflow_run_backend_id: a.workflow_run_backend_id,
        workflow_job_run_backend_id: a.workflow_job_run_backend_id,
        name: a.name,
    });
    if (!url)
        throw new Error(`GetSignedArtifactURL gave no URL for ${a.name}`);
    return url;
}


/***/ })

};
