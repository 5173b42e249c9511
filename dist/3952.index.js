export const id = 3952;
export const ids = [3952];
export const modules = {

/***/ 93952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   realServices: () => (/* binding */ realServices)
/* harmony export */ });
async function realServices() {
    const { runnerCore } = await __webpack_require__.e(/* import() */ 6761).then(__webpack_require__.bind(__webpack_require__, 66761));
    return {
        core: runnerCore(process.env),
        cache: lazyCacheClient(),
        artifacts: async (findBy) => realArtifactClient(findBy),
        github: async (token) => {
            const { getOctokit: make } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1351)]).then(__webpack_require__.bind(__webpack_require__, 61351));
            return make(token, process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {});
        },
        env: process.env,
    };
}
/** @actions/cache pulls in Azure's SDK: load it only when the cache is on and the service is there. */
function lazyCacheClient() {
    const load = () => Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(3669), __webpack_require__.e(3756), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 60142));
    return {
        // Mirrors @actions/cache isFeatureAvailable without importing it.
        isAvailable: () => process.env.ACTIONS_CACHE_SERVICE_V2 ? !!process.env.ACTIONS_RESULTS_URL : !!process.env.ACTIONS_CACHE_URL,
        restore: async (paths, key, restoreKeys, lookupOnly) => (await load()).restoreCache(paths, key, restoreKeys, { lookupOnly: lookupOnly ?? false }),
        save: async (paths, key) => (await load()).saveCache(paths, key),
    };
}
async function realArtifactClient(findBy) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(3669), __webpack_require__.e(3756), __webpack_require__.e(1351), __webpack_require__.e(6799)]).then(__webpack_require__.bind(__webpack_require__, 76799));
    const client = new DefaultArtifactClient();
    const upload = (name, files, root, options) => client.uploadArtifact(name, files, root, options);
    if (findBy) {
        const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(4119), __webpack_require__.e(1351)]).then(__webpack_require__.bind(__webpack_require__, 61351));
        const octokit = getOctokit(findBy.token, process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {});
        return {
            path: 'public',
            upload,
            // The endpoint @actions/artifact's listArtifacts({ findBy }) calls, through our Octokit: the
            // library's resolves GITHUB_API_URL once at import and retries a refused token for ~1 min.
            list: async () => {
                const all = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
                    owner: findBy.repositoryOwner,
                    repo: findBy.repositoryName,
                    run_id: findBy.workflowRunId,
                    per_page: 100,
                });
                return all.map((a) => ({
                    name: a.name,
                    id: a.id,
                    size: a.size_in_bytes,
                    createdAt: a.created_at ? new Date(a.created_at) : undefined,
                }));
            },
            downloadUrl: async (a) => {
                // The same call @actions/artifact makes: a 302 to a signed blob URL, which we fetch ourselves.
                const res = await octokit.rest.actions.downloadArtifact({
                    owner: findBy.repositoryOwner,
                    repo: findBy.repositoryName,
                    artifact_id: a.id,
                    archive_format: 'zip',
                    request: { redirect: 'manual' },
                });
                const location = res.headers.location;
                if (res.status !== 302 || typeof location !== 'string')
                    throw new Error(`artifact ${a.name}: expected a 302 redirect, got HTTP ${res.status}`);
                return location;
            },
        };
    }
    return {
        path: 'runtime',
        upload,
        list: async () => (await client.listArtifacts()).artifacts,
        downloadUrl: async (a) => (await __webpack_require__.e(/* import() */ 8180).then(__webpack_require__.bind(__webpack_require__, 58180))).signedArtifactUrl(process.env, a.id),
    };
}


/***/ })

};
