export const id = 4782;
export const ids = [4782];
export const modules = {

/***/ 64782:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   embeddingModelFor: () => (/* binding */ embeddingModelFor)
/* harmony export */ });
/* unused harmony export EMBEDDING_PROVIDER_TYPES */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99661);

/** Provider types whose embeddings this build can call. */
const EMBEDDING_PROVIDER_TYPES = new Set([
    'openai',
    'openai-compatible',
    'ollama',
    'azure',
    // The Gemini types and bedrock build theirs in their cloud driver (src/providers/clouds/).
    'google',
    'vertex',
    'bedrock',
]);
async function embeddingModelFor(type, model, s) {
    switch (type) {
        case 'openai': {
            const { createOpenAI } = await Promise.all(/* import() */[__webpack_require__.e(9415), __webpack_require__.e(8372), __webpack_require__.e(4678)]).then(__webpack_require__.bind(__webpack_require__, 44678));
            return createOpenAI({ apiKey: s.apiKey, baseURL: s.baseUrl, fetch: s.fetch }).embedding(model);
        }
        case 'openai-compatible': {
            const { createOpenAICompatible } = await Promise.all(/* import() */[__webpack_require__.e(9415), __webpack_require__.e(7703)]).then(__webpack_require__.bind(__webpack_require__, 57703));
            return createOpenAICompatible({
                name: s.name,
                baseURL: s.baseUrl,
                apiKey: s.apiKey,
                fetch: s.fetch,
            }).embeddingModel(model);
        }
        case 'ollama': {
            const { createOllama } = await Promise.all(/* import() */[__webpack_require__.e(9415), __webpack_require__.e(7783)]).then(__webpack_require__.bind(__webpack_require__, 97783));
            const headers = s.apiKey ? { Authorization: `Bearer ${s.apiKey}` } : undefined;
            return createOllama({ baseURL: s.baseUrl, headers, fetch: s.fetch }).embedding(model);
        }
        default:
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('E_NO_EMBEDDINGS', `provider ${s.name}: type ${type} has no embeddings API`, {
                hint: 'metric embedding needs a provider of type openai, openai-compatible, ollama, azure, google, vertex ' +
                    'or bedrock',
            });
    }
}


/***/ })

};
