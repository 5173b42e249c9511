export const id = 139;
export const ids = [139];
export const modules = {

/***/ 37788:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = __webpack_unused_export__ = exports.BF = void 0;
var event_streams_1 = __webpack_require__(56579);
Object.defineProperty(exports, "BF", ({ enumerable: true, get: function () { return event_streams_1.EventStreamCodec; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return event_streams_1.HeaderMarshaller; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return event_streams_1.Int64; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return event_streams_1.MessageDecoderStream; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return event_streams_1.MessageEncoderStream; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return event_streams_1.SmithyMessageDecoderStream; } });
__webpack_unused_export__ = ({ enumerable: true, get: function () { return event_streams_1.SmithyMessageEncoderStream; } });


/***/ }),

/***/ 71577:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.Pq = __webpack_unused_export__ = exports.ar = void 0;
var serde_1 = __webpack_require__(92430);
Object.defineProperty(exports, "ar", ({ enumerable: true, get: function () { return serde_1.fromUtf8; } }));
__webpack_unused_export__ = ({ enumerable: true, get: function () { return serde_1.toUint8Array; } });
Object.defineProperty(exports, "Pq", ({ enumerable: true, get: function () { return serde_1.toUtf8; } }));


/***/ }),

/***/ 90139:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createAmazonBedrock: () => (/* binding */ createAmazonBedrock)
});

// UNUSED EXPORTS: VERSION, amazonBedrock, bedrock

// EXTERNAL MODULE: ./node_modules/@ai-sdk/provider/dist/index.js
var dist = __webpack_require__(90583);
// EXTERNAL MODULE: ./node_modules/@ai-sdk/provider-utils/dist/index.js + 2 modules
var provider_utils_dist = __webpack_require__(49415);
// EXTERNAL MODULE: ./node_modules/@workflow/serde/dist/index.js
var serde_dist = __webpack_require__(11479);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 1 modules
var schemas = __webpack_require__(80737);
;// CONCATENATED MODULE: ./node_modules/@ai-sdk/anthropic/dist/internal/index.js



//#region src/anthropic-error.ts
const anthropicErrorDataSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	type: schemas/* literal */.euz("error"),
	error: schemas/* object */.Ikc({
		type: schemas/* string */.YjP(),
		message: schemas/* string */.YjP(),
		details: schemas/* object */.Ikc({
			error_code: schemas/* string */.YjP().nullish().catch(void 0),
			unsupported: schemas/* array */.YOg(schemas/* string */.YjP()).nullish().catch(void 0)
		}).nullish().catch(void 0)
	})
})));
const anthropicFailedResponseHandler = (0,provider_utils_dist/* createJsonErrorResponseHandler */.sl)({
	errorSchema: anthropicErrorDataSchema,
	errorToMessage: (data) => data.error.message
});
//#endregion
//#region src/files/anthropic-files-api.ts
const anthropicUploadFileResponseSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	id: schemas/* string */.YjP(),
	type: schemas/* literal */.euz("file").nullish(),
	filename: schemas/* string */.YjP().nullish(),
	mime_type: schemas/* string */.YjP().nullish(),
	size_bytes: schemas/* number */.aig().nullish(),
	created_at: schemas/* string */.YjP().nullish(),
	downloadable: schemas/* boolean */.zMY().nullish(),
	expires_at: schemas/* string */.YjP().nullish()
})));
const anthropicDeleteFileResponseSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	type: schemas/* literal */.euz("file_deleted").nullish(),
	id: schemas/* string */.YjP()
})));
//#endregion
//#region src/files/anthropic-files.ts
var AnthropicFiles = class {
	get provider() {
		return this.config.provider;
	}
	constructor(config) {
		this.config = config;
		this.specificationVersion = "v4";
	}
	getFileId(file) {
		const fileId = file.anthropic;
		if (fileId == null || fileId.trim() === "") throw new InvalidArgumentError({
			argument: "file",
			message: "file reference is missing an 'anthropic' file id."
		});
		return fileId;
	}
	async getHeaders(headers) {
		return combineHeaders(await resolve(this.config.headers), { "anthropic-beta": "files-api-2025-04-14" }, headers);
	}
	async uploadFile({ data, mediaType, filename, abortSignal, headers }) {
		const fileBytes = convertInlineFileDataToUint8Array(data);
		const blob = new Blob([fileBytes], { type: mediaType });
		const formData = new FormData();
		if (filename != null) formData.append("file", blob, filename);
		else formData.append("file", blob);
		const { value: response } = await postFormDataToApi({
			url: `${this.config.baseURL}/files`,
			headers: await this.getHeaders(headers),
			formData,
			failedResponseHandler: anthropicFailedResponseHandler,
			successfulResponseHandler: createJsonResponseHandler(anthropicUploadFileResponseSchema),
			abortSignal,
			fetch: this.config.fetch
		});
		return {
			warnings: [],
			providerReference: { anthropic: response.id },
			mediaType: response.mime_type ?? mediaType,
			filename: response.filename ?? filename,
			byteSize: response.size_bytes ?? void 0,
			createdAt: response.created_at != null ? new Date(response.created_at) : void 0,
			expiresAt: response.expires_at != null ? new Date(response.expires_at) : void 0,
			providerMetadata: { anthropic: this.toFileMetadata(response) }
		};
	}
	async deleteFile({ file, abortSignal, headers }) {
		const fileId = this.getFileId(file);
		const { value: response } = await deleteFromApi({
			url: `${this.config.baseURL}/files/${encodePathSegment(fileId)}`,
			headers: await this.getHeaders(headers),
			abortSignal,
			fetch: this.config.fetch,
			failedResponseHandler: anthropicFailedResponseHandler,
			successfulResponseHandler: createJsonResponseHandler(anthropicDeleteFileResponseSchema)
		});
		return {
			warnings: [],
			providerReference: { anthropic: response.id },
			deleted: true
		};
	}
	async getFileMetadata({ file, abortSignal, headers }) {
		const fileId = this.getFileId(file);
		const { value: response } = await getFromApi({
			url: `${this.config.baseURL}/files/${encodePathSegment(fileId)}`,
			headers: await this.getHeaders(headers),
			abortSignal,
			fetch: this.config.fetch,
			failedResponseHandler: anthropicFailedResponseHandler,
			successfulResponseHandler: createJsonResponseHandler(anthropicUploadFileResponseSchema),
			validateUrl: false
		});
		return {
			warnings: [],
			providerReference: { anthropic: response.id },
			filename: response.filename ?? void 0,
			mediaType: response.mime_type ?? void 0,
			byteSize: response.size_bytes ?? void 0,
			createdAt: response.created_at != null ? new Date(response.created_at) : void 0,
			expiresAt: response.expires_at != null ? new Date(response.expires_at) : void 0,
			providerMetadata: { anthropic: this.toFileMetadata(response) }
		};
	}
	toFileMetadata(response) {
		return {
			...response.filename != null ? { filename: response.filename } : {},
			...response.mime_type != null ? { mimeType: response.mime_type } : {},
			...response.size_bytes != null ? { sizeBytes: response.size_bytes } : {},
			...response.created_at != null ? { createdAt: response.created_at } : {},
			...response.downloadable != null ? { downloadable: response.downloadable } : {},
			...response.expires_at != null ? { expiresAt: response.expires_at } : {}
		};
	}
	async downloadFile({ file, abortSignal, headers }) {
		const fileId = this.getFileId(file);
		const { value: content, responseHeaders } = await getFromApi({
			url: `${this.config.baseURL}/files/${encodePathSegment(fileId)}/content`,
			headers: await this.getHeaders(headers),
			abortSignal,
			fetch: this.config.fetch,
			failedResponseHandler: anthropicFailedResponseHandler,
			successfulResponseHandler: createBinaryStreamResponseHandler(),
			validateUrl: false
		});
		const mediaType = responseHeaders?.["content-type"]?.split(";")[0].trim();
		return {
			warnings: [],
			content,
			...mediaType ? { mediaType } : {}
		};
	}
};
//#endregion
//#region src/anthropic-model-catalog.ts
/**
* Options accepted under `providerOptions.anthropic`. The `satisfies` check
* keeps this list in sync with the option schema.
*/
const anthropicProviderOptions = { language: {
	thread: { description: "Create or continue a short-lived message thread." },
	sendReasoning: { description: "Whether to send reasoning to the model." },
	includePings: { description: "Include transient ping events in streams." },
	midConversationSystemMessages: { description: "Keep later system messages in the conversation." },
	structuredOutputMode: { description: "How structured outputs are generated." },
	thinking: { description: "Extended thinking configuration." },
	disableParallelToolUse: { description: "Use at most one tool per response." },
	cacheControl: { description: "Prompt cache control settings." },
	metadata: { description: "Request metadata, such as a user ID." },
	mcpServers: { description: "MCP servers to use in the request." },
	container: { description: "Container and Agent Skills configuration." },
	toolStreaming: { description: "Fine-grained streaming of tool inputs and outputs." },
	effort: { description: "Effort spent on thinking, text, and tool calls." },
	taskBudget: { description: "Advisory token budget for an agentic task." },
	speed: { description: "Fast mode for faster output token speeds." },
	serviceTier: { description: "Service tier for the request." },
	inferenceGeo: { description: "Where model inference runs." },
	fallbacks: { description: "Server-side fallback models." },
	anthropicBeta: { description: "Additional beta features to enable." },
	safeguards: { description: "Server-side safeguards to run." },
	compaction: { description: "On-demand conversation summary." },
	contextManagement: { description: "Server-side context management." }
} };
const onlyWithoutThinking = { condition: "Only supported when thinking is disabled." };
/**
* Language model matrix: model IDs by capability. To add a model, add a row and
* fill in every column.
*/
const languageModelDefinitions = {
	"claude-opus-5-5": {
		documented: true,
		maxOutputTokens: 128e3,
		knownModel: true,
		nativeStructuredOutput: true,
		thinking: {
			modes: ["adaptive"],
			canBeDisabled: false
		},
		reasoningEfforts: [
			"low",
			"medium",
			"high",
			"xhigh",
			"max"
		],
		sampling: onlyWithoutThinking,
		forcedToolUse: false,
		toolSearch: true,
		compaction: true,
		effort: true,
		speed: false,
		taskBudget: "unknown"
	},
	"claude-opus-5": {
		documented: true,
		maxOutputTokens: 128e3,
		knownModel: true,
		nativeStructuredOutput: true,
		thinking: {
			modes: ["adaptive", "budget"],
			canBeDisabled: "up-to-high-effort"
		},
		reasoningEfforts: [
			"low",
			"medium",
			"high",
			"xhigh",
			"max"
		],
		sampling: onlyWithoutThinking,
		forcedToolUse: true,
		toolSearch: true,
		compaction: true,
		effort: true,
		speed: false,
		taskBudget: "unknown"
	},
	"claude-sonnet-5-5": {
		documented: true,
		maxOutputTokens: 128e3,
		knownModel: true,
		nativeStructuredOutput: true,
		thinking: {
			modes: ["adaptive", "between-tools"],
			canBeDisabled: false
		},
		reasoningEfforts: [
			"low",
			"medium",
			"high",
			"xhigh",
			"max"
		],
		sampling: onlyWithoutThinking,
		forcedToolUse: false,
		toolSearch: true,
		compaction: true,
		effort: true,
		speed: false,
		taskBudget: "unknown"
	},
	"claude-sonnet-5": {
		documented: true,
		maxOutputTokens: 128e3,
		knownModel: true,
		nativeStructuredOutput: true,
		thinking: {
			modes: ["adaptive", "budget"],
			canBeDisabled: "always"
		},
		reasoningEfforts: [
			"low",
			"medium",
			"high",
			"xhigh",
			"max"
		],
		sampling: onlyWithoutThinking,
		forcedToolUse: true,
		toolSearch: true,
		compaction: true,
		effort: true,
		speed: false,
		taskBudget: "unknown"
	},
	"claude-haiku-5-5": {
		documented: true,
		maxOutputTokens: 128e3,
		knownModel: true,
		nativeStructuredOutput: true,
		thinking: {
			modes: ["adaptive"],
			canBeDisabled: "up-to-high-effort"
		},
		reasoningEfforts: [
			"low",
			"medium",
			"high",
			"xhigh",
			"max"
		],
		sampling: onlyWithoutThinking,
		forcedToolUse: true,
		toolSearch: true,
		compaction: true,
		effort: true,
		speed: false,
		taskBudget: "unknown"
	},
	"claude-fable-5-2": {
		documented: true,
		maxOutputTokens: 128e3,
		knownModel: true,
		nativeStructuredOutput: true,
		thinking: {
			modes: ["adaptive"],
			canBeDisabled: false
		},
		reasoningEfforts: [
			"low",
			"medium",
			"high",
			"xhigh",
			"max"
		],
		sampling: onlyWithoutThinking,
		forcedToolUse: false,
		toolSearch: true,
		compaction: true,
		effort: true,
		speed: false,
		taskBudget: "unknown"
	},
	"claude-fable-5-1": {
		documented: true,
		maxOutputTokens: 128e3,
		knownModel: true,
		nativeStructuredOutput: true,
		thinking: {
			modes: ["adaptive"],
			canBeDisabled: false
		},
		reasoningEfforts: [
			"low",
			"medium",
			"high",
			"xhigh",
			"max"
		],
		sampling: onlyWithoutThinking,
		forcedToolUse: false,
		toolSearch: true,
		compaction: true,
		effort: true,
		speed: false,
		taskBudget: "unknown"
	},
	"claude-fable-5": {
		documented: true,
		maxOutputTokens: 128e3,
		knownModel: true,
		nativeStructuredOutput: true,
		thinking: {
			modes: ["adaptive"],
			canBeDisabled: false
		},
		reasoningEfforts: [
			"low",
			"medium",
			"high",
			"xhigh",
			"max"
		],
		sampling: onlyWithoutThinking,
		forcedToolUse: true,
		toolSearch: true,
		compaction: true,
		effort: true,
		speed: false,
		taskBudget: "unknown"
	},
	"claude-opus-4-8": {
		documented: true,
		maxOutputTokens: 128e3,
		knownModel: true,
		nativeStructuredOutput: true,
		thinking: {
			modes: ["adaptive", "budget"],
			canBeDisabled: "always"
		},
		reasoningEfforts: [
			"low",
			"medium",
			"high",
			"xhigh",
			"max"
		],
		sampling: onlyWithoutThinking,
		forcedToolUse: true,
		toolSearch: true,
		compaction: true,
		effort: true,
		speed: false,
		taskBudget: "unknown"
	},
	"claude-opus-4-7": {
		documented: true,
		maxOutputTokens: 128e3,
		knownModel: true,
		nativeStructuredOutput: true,
		thinking: {
			modes: ["adaptive", "budget"],
			canBeDisabled: "always"
		},
		reasoningEfforts: [
			"low",
			"medium",
			"high",
			"xhigh",
			"max"
		],
		sampling: onlyWithoutThinking,
		forcedToolUse: true,
		toolSearch: true,
		compaction: true,
		effort: true,
		speed: false,
		taskBudget: true
	},
	"claude-opus-4-6": {
		documented: true,
		maxOutputTokens: 128e3,
		knownModel: true,
		nativeStructuredOutput: true,
		thinking: {
			modes: ["adaptive", "budget"],
			canBeDisabled: "always"
		},
		reasoningEfforts: void 0,
		sampling: true,
		forcedToolUse: true,
		toolSearch: true,
		compaction: true,
		effort: true,
		speed: true,
		taskBudget: "unknown"
	},
	"claude-sonnet-4-6": {
		documented: true,
		maxOutputTokens: 128e3,
		knownModel: true,
		nativeStructuredOutput: true,
		thinking: {
			modes: ["adaptive", "budget"],
			canBeDisabled: "always"
		},
		reasoningEfforts: void 0,
		sampling: true,
		forcedToolUse: true,
		toolSearch: true,
		compaction: true,
		effort: true,
		speed: false,
		taskBudget: "unknown"
	},
	"claude-opus-4-5": {
		documented: true,
		maxOutputTokens: 64e3,
		knownModel: true,
		nativeStructuredOutput: true,
		thinking: {
			modes: ["budget"],
			canBeDisabled: "always"
		},
		reasoningEfforts: void 0,
		sampling: true,
		forcedToolUse: true,
		toolSearch: true,
		compaction: false,
		effort: true,
		speed: false,
		taskBudget: "unknown"
	},
	"claude-haiku-4-5": {
		documented: true,
		maxOutputTokens: 64e3,
		knownModel: true,
		nativeStructuredOutput: true,
		thinking: {
			modes: ["budget"],
			canBeDisabled: "always"
		},
		reasoningEfforts: void 0,
		sampling: true,
		forcedToolUse: true,
		toolSearch: true,
		compaction: false,
		effort: false,
		speed: false,
		taskBudget: "unknown"
	},
	"claude-sonnet-4-5": {
		documented: true,
		maxOutputTokens: 64e3,
		knownModel: true,
		nativeStructuredOutput: true,
		thinking: {
			modes: ["budget"],
			canBeDisabled: "always"
		},
		reasoningEfforts: void 0,
		sampling: true,
		forcedToolUse: true,
		toolSearch: true,
		compaction: false,
		effort: false,
		speed: false,
		taskBudget: "unknown"
	},
	"claude-opus-4-1": {
		documented: true,
		maxOutputTokens: 32e3,
		knownModel: true,
		nativeStructuredOutput: true,
		thinking: {
			modes: ["budget"],
			canBeDisabled: "always"
		},
		reasoningEfforts: void 0,
		sampling: true,
		forcedToolUse: true,
		toolSearch: false,
		compaction: false,
		effort: false,
		speed: false,
		taskBudget: "unknown"
	},
	"claude-opus-4-0": {
		documented: true,
		maxOutputTokens: 32e3,
		knownModel: true,
		nativeStructuredOutput: false,
		thinking: {
			modes: ["budget"],
			canBeDisabled: "always"
		},
		reasoningEfforts: void 0,
		sampling: true,
		forcedToolUse: true,
		toolSearch: false,
		compaction: false,
		effort: false,
		speed: false,
		taskBudget: "unknown"
	},
	"claude-sonnet-4-0": {
		documented: true,
		maxOutputTokens: 64e3,
		knownModel: true,
		nativeStructuredOutput: false,
		thinking: {
			modes: ["budget"],
			canBeDisabled: "always"
		},
		reasoningEfforts: void 0,
		sampling: true,
		forcedToolUse: true,
		toolSearch: false,
		compaction: false,
		effort: false,
		speed: false,
		taskBudget: "unknown"
	},
	"claude-3-haiku-20240307": {
		documented: false,
		maxOutputTokens: 4096,
		knownModel: true,
		nativeStructuredOutput: false,
		thinking: {
			modes: ["budget"],
			canBeDisabled: "always"
		},
		reasoningEfforts: void 0,
		sampling: true,
		forcedToolUse: true,
		toolSearch: "unknown",
		compaction: "unknown",
		effort: "unknown",
		speed: "unknown",
		taskBudget: "unknown"
	},
	"claude-haiku-4-5-20251001": {
		documented: false,
		maxOutputTokens: 64e3,
		knownModel: true,
		nativeStructuredOutput: true,
		thinking: {
			modes: ["budget"],
			canBeDisabled: "always"
		},
		reasoningEfforts: void 0,
		sampling: true,
		forcedToolUse: true,
		toolSearch: "unknown",
		compaction: "unknown",
		effort: "unknown",
		speed: "unknown",
		taskBudget: "unknown"
	},
	"claude-opus-4-1-20250805": {
		documented: false,
		maxOutputTokens: 32e3,
		knownModel: true,
		nativeStructuredOutput: true,
		thinking: {
			modes: ["budget"],
			canBeDisabled: "always"
		},
		reasoningEfforts: void 0,
		sampling: true,
		forcedToolUse: true,
		toolSearch: "unknown",
		compaction: "unknown",
		effort: "unknown",
		speed: "unknown",
		taskBudget: "unknown"
	},
	"claude-opus-4-20250514": {
		documented: false,
		maxOutputTokens: 32e3,
		knownModel: true,
		nativeStructuredOutput: false,
		thinking: {
			modes: ["budget"],
			canBeDisabled: "always"
		},
		reasoningEfforts: void 0,
		sampling: true,
		forcedToolUse: true,
		toolSearch: "unknown",
		compaction: "unknown",
		effort: "unknown",
		speed: "unknown",
		taskBudget: "unknown"
	},
	"claude-opus-4-5-20251101": {
		documented: false,
		maxOutputTokens: 64e3,
		knownModel: true,
		nativeStructuredOutput: true,
		thinking: {
			modes: ["budget"],
			canBeDisabled: "always"
		},
		reasoningEfforts: void 0,
		sampling: true,
		forcedToolUse: true,
		toolSearch: "unknown",
		compaction: "unknown",
		effort: "unknown",
		speed: "unknown",
		taskBudget: "unknown"
	},
	"claude-sonnet-4-20250514": {
		documented: false,
		maxOutputTokens: 64e3,
		knownModel: true,
		nativeStructuredOutput: false,
		thinking: {
			modes: ["budget"],
			canBeDisabled: "always"
		},
		reasoningEfforts: void 0,
		sampling: true,
		forcedToolUse: true,
		toolSearch: "unknown",
		compaction: "unknown",
		effort: "unknown",
		speed: "unknown",
		taskBudget: "unknown"
	},
	"claude-sonnet-4-5-20250929": {
		documented: false,
		maxOutputTokens: 64e3,
		knownModel: true,
		nativeStructuredOutput: true,
		thinking: {
			modes: ["budget"],
			canBeDisabled: "always"
		},
		reasoningEfforts: void 0,
		sampling: true,
		forcedToolUse: true,
		toolSearch: "unknown",
		compaction: "unknown",
		effort: "unknown",
		speed: "unknown",
		taskBudget: "unknown"
	}
};
const languageModelRows = Object.entries(languageModelDefinitions);
/** Entries for every listed model ID, documented or not. */
const listedLanguageModelEntries = Object.fromEntries(languageModelRows.map(([modelId, row]) => [modelId, createAnthropicLanguageModelEntry(row)]));
const anthropicModelCatalog = Object.fromEntries(languageModelRows.filter(([, row]) => row.documented).map(([modelId]) => [modelId, listedLanguageModelEntries[modelId]]));
function getAnthropicLanguageModelEntry(modelId) {
	return Object.prototype.hasOwnProperty.call(listedLanguageModelEntries, modelId) ? listedLanguageModelEntries[modelId] : createAnthropicLanguageModelEntry(getUnlistedModelRow(modelId));
}
function createAnthropicLanguageModelEntry(row) {
	const documentedSupport = row.documented ? true : "unknown";
	const thinkingModes = row.thinking === false ? [] : row.thinking.modes;
	const thinkingCanBeDisabled = row.thinking === false ? false : row.thinking.canBeDisabled;
	return {
		capabilities: { language: {
			inputs: {
				image: documentedSupport,
				audio: row.documented ? false : "unknown"
			},
			objectGeneration: documentedSupport,
			tools: {
				usage: documentedSupport,
				streaming: documentedSupport,
				forcedChoice: row.forcedToolUse,
				computerUse: documentedSupport,
				webSearch: documentedSupport,
				toolSearch: row.toolSearch
			},
			reasoning: {
				support: row.thinking !== false,
				efforts: row.reasoningEfforts,
				adaptive: thinkingModes.includes("adaptive"),
				budget: thinkingModes.includes("budget"),
				canDisable: thinkingCanBeDisabled !== false,
				canDisableAboveHighEffort: thinkingCanBeDisabled === "always",
				supportsXhighEffort: row.reasoningEfforts?.includes("xhigh") ?? false,
				betweenTools: thinkingModes.includes("between-tools")
			},
			sampling: {
				temperature: row.sampling,
				topP: row.sampling,
				topK: row.sampling,
				logprobs: false
			},
			structuredOutput: { native: row.nativeStructuredOutput },
			compaction: row.compaction
		} },
		providerOptions: { language: declareProviderOptions(anthropicProviderOptions.language, documentedSupport, {
			includePings: true,
			thinking: row.thinking !== false,
			effort: row.effort,
			speed: row.speed,
			taskBudget: row.taskBudget
		}) },
		requestConfig: { language: {
			maxOutputTokens: row.maxOutputTokens,
			knownModel: row.knownModel
		} }
	};
}
/** Applies one default support value to every option, except the listed ones. */
function declareProviderOptions(definitions, support, exceptions) {
	return Object.fromEntries(Object.keys(definitions).map((option) => [option, exceptions[option] ?? support]));
}
/**
* Generic rows for model IDs that are not in the matrix and match no listed
* model family.
*/
const unknownClaudeModel = {
	documented: false,
	maxOutputTokens: 128e3,
	knownModel: false,
	nativeStructuredOutput: true,
	thinking: {
		modes: ["adaptive", "budget"],
		canBeDisabled: "up-to-high-effort"
	},
	reasoningEfforts: [
		"low",
		"medium",
		"high",
		"xhigh",
		"max"
	],
	sampling: onlyWithoutThinking,
	forcedToolUse: true,
	toolSearch: "unknown",
	compaction: "unknown",
	effort: "unknown",
	speed: "unknown",
	taskBudget: "unknown"
};
/** Legacy Claude models (Claude Instant, 2, and 3) and non-Claude model IDs. */
const unknownLegacyModel = {
	documented: false,
	maxOutputTokens: 4096,
	knownModel: false,
	nativeStructuredOutput: false,
	thinking: {
		modes: ["budget"],
		canBeDisabled: "always"
	},
	reasoningEfforts: void 0,
	sampling: true,
	forcedToolUse: true,
	toolSearch: "unknown",
	compaction: "unknown",
	effort: "unknown",
	speed: "unknown",
	taskBudget: "unknown"
};
/**
* Family rules, used only for model IDs that are not listed in the matrix,
* such as provider-prefixed, regional, or versioned IDs. The first match
* decides which listed row's request behavior the model ID uses.
*/
const unlistedModelFamilies = [
	{
		matches: (modelId) => modelId.includes("claude-sonnet-5-5"),
		row: languageModelDefinitions["claude-sonnet-5-5"]
	},
	{
		matches: (modelId) => modelId.includes("claude-opus-5-5"),
		row: languageModelDefinitions["claude-opus-5-5"]
	},
	{
		matches: (modelId) => modelId.includes("claude-haiku-5-5"),
		row: languageModelDefinitions["claude-haiku-5-5"]
	},
	{
		matches: (modelId) => modelId.includes("claude-opus-5"),
		row: languageModelDefinitions["claude-opus-5"]
	},
	{
		matches: (modelId) => modelId.includes("claude-fable-5-2"),
		row: languageModelDefinitions["claude-fable-5-2"]
	},
	{
		matches: (modelId) => modelId.includes("claude-fable-5-1"),
		row: languageModelDefinitions["claude-fable-5-1"]
	},
	{
		matches: (modelId) => modelId.includes("claude-fable-5"),
		row: languageModelDefinitions["claude-fable-5"]
	},
	{
		matches: (modelId) => modelId.includes("claude-opus-4-8"),
		row: languageModelDefinitions["claude-opus-4-8"]
	},
	{
		matches: (modelId) => modelId.includes("claude-opus-4-7"),
		row: languageModelDefinitions["claude-opus-4-7"]
	},
	{
		matches: (modelId) => modelId.includes("claude-sonnet-5"),
		row: languageModelDefinitions["claude-sonnet-5"]
	},
	{
		matches: (modelId) => modelId.includes("claude-sonnet-4-6"),
		row: languageModelDefinitions["claude-sonnet-4-6"]
	},
	{
		matches: (modelId) => modelId.includes("claude-opus-4-6"),
		row: languageModelDefinitions["claude-opus-4-6"]
	},
	{
		matches: (modelId) => modelId.includes("claude-sonnet-4-5"),
		row: languageModelDefinitions["claude-sonnet-4-5"]
	},
	{
		matches: (modelId) => modelId.includes("claude-opus-4-5"),
		row: languageModelDefinitions["claude-opus-4-5"]
	},
	{
		matches: (modelId) => modelId.includes("claude-haiku-4-5"),
		row: languageModelDefinitions["claude-haiku-4-5"]
	},
	{
		matches: (modelId) => modelId.includes("claude-opus-4-1"),
		row: languageModelDefinitions["claude-opus-4-1"]
	},
	{
		matches: (modelId) => /claude-sonnet-4(?:-|@)/.test(modelId),
		row: languageModelDefinitions["claude-sonnet-4-0"]
	},
	{
		matches: (modelId) => /claude-opus-4(?:-|@)/.test(modelId),
		row: languageModelDefinitions["claude-opus-4-0"]
	},
	{
		matches: (modelId) => modelId.includes("claude-3-haiku"),
		row: languageModelDefinitions["claude-3-haiku-20240307"]
	},
	{
		matches: (modelId) => /claude-(?:instant(?:-|$)|v?2(?=$|[-.:])|3(?=$|[-.]))/.test(modelId),
		row: unknownLegacyModel
	},
	{
		matches: (modelId) => modelId.includes("claude-"),
		row: unknownClaudeModel
	}
];
/**
* Resolves an unlisted model ID to a row. A family match keeps that family's
* request behavior, but nothing is documented for the unlisted ID itself.
*/
function getUnlistedModelRow(modelId) {
	return {
		...unlistedModelFamilies.find((family) => family.matches(modelId))?.row ?? unknownLegacyModel,
		documented: false,
		toolSearch: "unknown",
		compaction: "unknown",
		effort: "unknown",
		speed: "unknown",
		taskBudget: "unknown"
	};
}
/** Compatibility projection for the provider's existing request preparation. */
function getAnthropicModelCapabilities(modelId) {
	const { capabilities: { language }, requestConfig: { language: requestConfig } } = getAnthropicLanguageModelEntry(modelId);
	return {
		maxOutputTokens: requestConfig.maxOutputTokens,
		supportsStructuredOutput: language.structuredOutput.native,
		supportsAdaptiveThinking: language.reasoning.adaptive,
		rejectsSamplingParameters: language.sampling.temperature !== true,
		supportsXhighEffort: language.reasoning.supportsXhighEffort,
		rejectsThinkingDisabledAboveHighEffort: !language.reasoning.canDisableAboveHighEffort,
		rejectsThinkingDisabled: !language.reasoning.canDisable,
		rejectsBudgetThinking: !language.reasoning.budget,
		rejectsForcedToolUse: !language.tools.forcedChoice,
		supportsBetweenToolsThinking: language.reasoning.betweenTools,
		isKnownModel: requestConfig.knownModel
	};
}
//#endregion
//#region src/map-anthropic-citation.ts
function mapAnthropicCitation(citation, documents) {
	if (citation.type === "web_search_result_location" || citation.type === "search_result_location") {
		const url = citation.type === "web_search_result_location" ? citation.url : citation.source;
		return {
			source: {
				type: "source",
				sourceType: "url",
				id: url,
				url,
				title: citation.title ?? void 0,
				providerMetadata: { anthropic: { ...citation } }
			},
			citedText: citation.cited_text
		};
	}
	const document = documents[citation.document_index];
	return {
		source: {
			type: "source",
			sourceType: "document",
			id: citation.file_id ?? String(citation.document_index),
			mediaType: document?.mediaType ?? "text/plain",
			title: citation.document_title ?? document?.title ?? `Document ${citation.document_index}`,
			filename: document?.filename,
			providerMetadata: { anthropic: { ...citation } }
		},
		citedText: citation.cited_text
	};
}
//#endregion
//#region src/anthropic-api.ts
const anthropicFallbackContentSchema = () => schemas/* object */.Ikc({
	type: schemas/* literal */.euz("fallback"),
	from: schemas/* object */.Ikc({ model: schemas/* string */.YjP() }),
	to: schemas/* object */.Ikc({ model: schemas/* string */.YjP() })
});
const anthropicFallbackContentSchemaValidator = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(anthropicFallbackContentSchema()));
const anthropicStopDetailsSchema = () => schemas/* object */.Ikc({
	type: schemas/* string */.YjP(),
	category: schemas/* string */.YjP().nullish(),
	explanation: schemas/* string */.YjP().nullish(),
	recommended_model: schemas/* string */.YjP().nullish()
});
const anthropicSafeguardResultSchema = () => schemas/* object */.Ikc({
	type: schemas/* string */.YjP(),
	status: schemas/* object */.Ikc({
		type: schemas/* string */.YjP(),
		tool_uses: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* object */.Ikc({
			type: schemas/* string */.YjP(),
			outcome: schemas/* string */.YjP().nullish(),
			explanation: schemas/* string */.YjP().nullish()
		})).nullish()
	})
});
const anthropicToolCallCallerSchema = () => schemas/* union */.KCZ([
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("code_execution_20250825"),
		tool_id: schemas/* string */.YjP()
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("code_execution_20260120"),
		tool_id: schemas/* string */.YjP()
	}),
	schemas/* object */.Ikc({ type: schemas/* literal */.euz("direct") })
]);
const anthropicCitationSchema = () => schemas/* discriminatedUnion */.gMt("type", [
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("web_search_result_location"),
		cited_text: schemas/* string */.YjP(),
		url: schemas/* string */.YjP(),
		title: schemas/* string */.YjP().nullable(),
		encrypted_index: schemas/* string */.YjP()
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("page_location"),
		cited_text: schemas/* string */.YjP(),
		document_index: schemas/* number */.aig(),
		document_title: schemas/* string */.YjP().nullable(),
		start_page_number: schemas/* number */.aig(),
		end_page_number: schemas/* number */.aig(),
		file_id: schemas/* string */.YjP().nullish()
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("char_location"),
		cited_text: schemas/* string */.YjP(),
		document_index: schemas/* number */.aig(),
		document_title: schemas/* string */.YjP().nullable(),
		start_char_index: schemas/* number */.aig(),
		end_char_index: schemas/* number */.aig(),
		file_id: schemas/* string */.YjP().nullish()
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("content_block_location"),
		cited_text: schemas/* string */.YjP(),
		document_index: schemas/* number */.aig(),
		document_title: schemas/* string */.YjP().nullable(),
		start_block_index: schemas/* number */.aig(),
		end_block_index: schemas/* number */.aig(),
		file_id: schemas/* string */.YjP().nullable()
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("search_result_location"),
		cited_text: schemas/* string */.YjP(),
		search_result_index: schemas/* number */.aig(),
		source: schemas/* string */.YjP(),
		title: schemas/* string */.YjP().nullable(),
		start_block_index: schemas/* number */.aig(),
		end_block_index: schemas/* number */.aig()
	})
]);
const anthropicMcpToolResultContentSchema = () => schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* object */.Ikc({
	type: schemas/* literal */.euz("text"),
	text: schemas/* string */.YjP(),
	citations: schemas/* array */.YOg(schemas/* json */.Pq9()).nullable().optional()
})]))]);
const anthropicInputTransformationSchema = () => schemas/* object */.Ikc({
	type: schemas/* string */.YjP(),
	path: schemas/* string */.YjP(),
	reason: schemas/* string */.YjP()
});
const anthropicResponseSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	type: schemas/* literal */.euz("message"),
	id: schemas/* string */.YjP().nullish(),
	model: schemas/* string */.YjP().nullish(),
	content: schemas/* array */.YOg(schemas/* discriminatedUnion */.gMt("type", [
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("text"),
			text: schemas/* string */.YjP(),
			citations: schemas/* array */.YOg(anthropicCitationSchema()).nullable().optional()
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("thinking"),
			thinking: schemas/* string */.YjP(),
			signature: schemas/* string */.YjP()
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("redacted_thinking"),
			data: schemas/* string */.YjP()
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("compaction"),
			content: schemas/* string */.YjP().nullish(),
			signature: schemas/* string */.YjP().nullish()
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("tool_use"),
			id: schemas/* string */.YjP(),
			name: schemas/* string */.YjP(),
			input: schemas/* unknown */.L5J(),
			caller: anthropicToolCallCallerSchema().optional(),
			toolset_name: schemas/* string */.YjP().nullish()
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("server_tool_use"),
			id: schemas/* string */.YjP(),
			name: schemas/* string */.YjP(),
			input: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
			caller: anthropicToolCallCallerSchema().optional()
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("mcp_tool_use"),
			id: schemas/* string */.YjP(),
			name: schemas/* string */.YjP(),
			input: schemas/* unknown */.L5J(),
			server_name: schemas/* string */.YjP()
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("mcp_tool_result"),
			tool_use_id: schemas/* string */.YjP(),
			is_error: schemas/* boolean */.zMY(),
			content: anthropicMcpToolResultContentSchema()
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("web_fetch_tool_result"),
			tool_use_id: schemas/* string */.YjP(),
			caller: anthropicToolCallCallerSchema().optional(),
			content: schemas/* union */.KCZ([schemas/* object */.Ikc({
				type: schemas/* literal */.euz("web_fetch_result"),
				url: schemas/* string */.YjP(),
				retrieved_at: schemas/* string */.YjP().nullable(),
				content: schemas/* object */.Ikc({
					type: schemas/* literal */.euz("document"),
					title: schemas/* string */.YjP().nullable(),
					citations: schemas/* object */.Ikc({ enabled: schemas/* boolean */.zMY() }).optional(),
					source: schemas/* union */.KCZ([schemas/* object */.Ikc({
						type: schemas/* literal */.euz("base64"),
						media_type: schemas/* literal */.euz("application/pdf"),
						data: schemas/* string */.YjP()
					}), schemas/* object */.Ikc({
						type: schemas/* literal */.euz("text"),
						media_type: schemas/* literal */.euz("text/plain"),
						data: schemas/* string */.YjP()
					})])
				})
			}), schemas/* object */.Ikc({
				type: schemas/* literal */.euz("web_fetch_tool_result_error"),
				error_code: schemas/* string */.YjP()
			})])
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("web_search_tool_result"),
			tool_use_id: schemas/* string */.YjP(),
			caller: anthropicToolCallCallerSchema().optional(),
			content: schemas/* union */.KCZ([schemas/* array */.YOg(schemas/* object */.Ikc({
				type: schemas/* literal */.euz("web_search_result"),
				url: schemas/* string */.YjP(),
				title: schemas/* string */.YjP().nullable(),
				encrypted_content: schemas/* string */.YjP(),
				page_age: schemas/* string */.YjP().nullish()
			})), schemas/* object */.Ikc({
				type: schemas/* literal */.euz("web_search_tool_result_error"),
				error_code: schemas/* string */.YjP()
			})])
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("code_execution_tool_result"),
			tool_use_id: schemas/* string */.YjP(),
			content: schemas/* union */.KCZ([
				schemas/* object */.Ikc({
					type: schemas/* literal */.euz("code_execution_result"),
					stdout: schemas/* string */.YjP(),
					stderr: schemas/* string */.YjP(),
					return_code: schemas/* number */.aig(),
					content: schemas/* array */.YOg(schemas/* object */.Ikc({
						type: schemas/* literal */.euz("code_execution_output"),
						file_id: schemas/* string */.YjP()
					})).optional().default([])
				}),
				schemas/* object */.Ikc({
					type: schemas/* literal */.euz("encrypted_code_execution_result"),
					encrypted_stdout: schemas/* string */.YjP(),
					stderr: schemas/* string */.YjP(),
					return_code: schemas/* number */.aig(),
					content: schemas/* array */.YOg(schemas/* object */.Ikc({
						type: schemas/* literal */.euz("code_execution_output"),
						file_id: schemas/* string */.YjP()
					})).optional().default([])
				}),
				schemas/* object */.Ikc({
					type: schemas/* literal */.euz("code_execution_tool_result_error"),
					error_code: schemas/* string */.YjP()
				})
			])
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("bash_code_execution_tool_result"),
			tool_use_id: schemas/* string */.YjP(),
			content: schemas/* discriminatedUnion */.gMt("type", [schemas/* object */.Ikc({
				type: schemas/* literal */.euz("bash_code_execution_result"),
				content: schemas/* array */.YOg(schemas/* object */.Ikc({
					type: schemas/* literal */.euz("bash_code_execution_output"),
					file_id: schemas/* string */.YjP()
				})),
				stdout: schemas/* string */.YjP(),
				stderr: schemas/* string */.YjP(),
				return_code: schemas/* number */.aig()
			}), schemas/* object */.Ikc({
				type: schemas/* literal */.euz("bash_code_execution_tool_result_error"),
				error_code: schemas/* string */.YjP()
			})])
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("text_editor_code_execution_tool_result"),
			tool_use_id: schemas/* string */.YjP(),
			content: schemas/* discriminatedUnion */.gMt("type", [
				schemas/* object */.Ikc({
					type: schemas/* literal */.euz("text_editor_code_execution_tool_result_error"),
					error_code: schemas/* string */.YjP()
				}),
				schemas/* object */.Ikc({
					type: schemas/* literal */.euz("text_editor_code_execution_view_result"),
					content: schemas/* string */.YjP(),
					file_type: schemas/* string */.YjP(),
					num_lines: schemas/* number */.aig().nullable(),
					start_line: schemas/* number */.aig().nullable(),
					total_lines: schemas/* number */.aig().nullable()
				}),
				schemas/* object */.Ikc({
					type: schemas/* literal */.euz("text_editor_code_execution_create_result"),
					is_file_update: schemas/* boolean */.zMY()
				}),
				schemas/* object */.Ikc({
					type: schemas/* literal */.euz("text_editor_code_execution_str_replace_result"),
					lines: schemas/* array */.YOg(schemas/* string */.YjP()).nullable(),
					new_lines: schemas/* number */.aig().nullable(),
					new_start: schemas/* number */.aig().nullable(),
					old_lines: schemas/* number */.aig().nullable(),
					old_start: schemas/* number */.aig().nullable()
				})
			])
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("tool_search_tool_result"),
			tool_use_id: schemas/* string */.YjP(),
			content: schemas/* union */.KCZ([schemas/* object */.Ikc({
				type: schemas/* literal */.euz("tool_search_tool_search_result"),
				tool_references: schemas/* array */.YOg(schemas/* object */.Ikc({
					type: schemas/* literal */.euz("tool_reference"),
					tool_name: schemas/* string */.YjP()
				}))
			}), schemas/* object */.Ikc({
				type: schemas/* literal */.euz("tool_search_tool_result_error"),
				error_code: schemas/* string */.YjP()
			})])
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("container_upload"),
			file_id: schemas/* string */.YjP()
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("advisor_tool_result"),
			tool_use_id: schemas/* string */.YjP(),
			content: schemas/* discriminatedUnion */.gMt("type", [
				schemas/* object */.Ikc({
					type: schemas/* literal */.euz("advisor_result"),
					text: schemas/* string */.YjP(),
					stop_reason: schemas/* string */.YjP().nullish()
				}),
				schemas/* object */.Ikc({
					type: schemas/* literal */.euz("advisor_redacted_result"),
					encrypted_content: schemas/* string */.YjP(),
					stop_reason: schemas/* string */.YjP().nullish()
				}),
				schemas/* object */.Ikc({
					type: schemas/* literal */.euz("advisor_tool_result_error"),
					error_code: schemas/* string */.YjP()
				})
			])
		}),
		anthropicFallbackContentSchema()
	])),
	stop_reason: schemas/* string */.YjP().nullish(),
	stop_sequence: schemas/* string */.YjP().nullish(),
	service_tier: schemas/* string */.YjP().nullish(),
	stop_details: anthropicStopDetailsSchema().nullish(),
	input_transformations: schemas/* array */.YOg(anthropicInputTransformationSchema()).nullish(),
	safeguard_results: schemas/* array */.YOg(anthropicSafeguardResultSchema()).nullish(),
	usage: schemas/* looseObject */._H3({
		service_tier: schemas/* string */.YjP().nullish(),
		input_tokens: schemas/* number */.aig(),
		output_tokens: schemas/* number */.aig(),
		output_tokens_details: schemas/* object */.Ikc({ thinking_tokens: schemas/* number */.aig().nullish() }).nullish(),
		cache_creation_input_tokens: schemas/* number */.aig().nullish(),
		cache_read_input_tokens: schemas/* number */.aig().nullish(),
		iterations: schemas/* array */.YOg(schemas/* object */.Ikc({
			type: schemas/* union */.KCZ([
				schemas/* literal */.euz("compaction"),
				schemas/* literal */.euz("message"),
				schemas/* literal */.euz("advisor_message"),
				schemas/* literal */.euz("fallback_message")
			]),
			model: schemas/* string */.YjP().nullish(),
			input_tokens: schemas/* number */.aig(),
			output_tokens: schemas/* number */.aig(),
			cache_creation_input_tokens: schemas/* number */.aig().nullish(),
			cache_read_input_tokens: schemas/* number */.aig().nullish()
		})).nullish()
	}),
	container: schemas/* object */.Ikc({
		expires_at: schemas/* string */.YjP(),
		id: schemas/* string */.YjP(),
		skills: schemas/* array */.YOg(schemas/* object */.Ikc({
			type: schemas/* union */.KCZ([schemas/* literal */.euz("anthropic"), schemas/* literal */.euz("custom")]),
			skill_id: schemas/* string */.YjP(),
			version: schemas/* string */.YjP()
		})).nullish()
	}).nullish(),
	context_management: schemas/* object */.Ikc({ applied_edits: schemas/* array */.YOg(schemas/* union */.KCZ([
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("clear_tool_uses_20250919"),
			cleared_tool_uses: schemas/* number */.aig(),
			cleared_input_tokens: schemas/* number */.aig()
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("clear_thinking_20251015"),
			cleared_thinking_turns: schemas/* number */.aig(),
			cleared_input_tokens: schemas/* number */.aig()
		}),
		schemas/* object */.Ikc({ type: schemas/* literal */.euz("compact_20260112") })
	])) }).nullish()
})));
const anthropicChunkSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* discriminatedUnion */.gMt("type", [
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("message_start"),
		message: schemas/* object */.Ikc({
			id: schemas/* string */.YjP().nullish(),
			model: schemas/* string */.YjP().nullish(),
			role: schemas/* string */.YjP().nullish(),
			service_tier: schemas/* string */.YjP().nullish(),
			usage: schemas/* looseObject */._H3({
				service_tier: schemas/* string */.YjP().nullish(),
				input_tokens: schemas/* number */.aig(),
				cache_creation_input_tokens: schemas/* number */.aig().nullish(),
				cache_read_input_tokens: schemas/* number */.aig().nullish()
			}),
			content: schemas/* array */.YOg(schemas/* discriminatedUnion */.gMt("type", [schemas/* object */.Ikc({
				type: schemas/* literal */.euz("tool_use"),
				id: schemas/* string */.YjP(),
				name: schemas/* string */.YjP(),
				input: schemas/* unknown */.L5J(),
				caller: anthropicToolCallCallerSchema().optional(),
				toolset_name: schemas/* string */.YjP().nullish()
			})])).nullish(),
			stop_reason: schemas/* string */.YjP().nullish(),
			input_transformations: schemas/* array */.YOg(anthropicInputTransformationSchema()).nullish(),
			container: schemas/* object */.Ikc({
				expires_at: schemas/* string */.YjP(),
				id: schemas/* string */.YjP()
			}).nullish()
		})
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("content_block_start"),
		index: schemas/* number */.aig(),
		content_block: schemas/* discriminatedUnion */.gMt("type", [
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("text"),
				text: schemas/* string */.YjP()
			}),
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("thinking"),
				thinking: schemas/* string */.YjP()
			}),
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("tool_use"),
				id: schemas/* string */.YjP(),
				name: schemas/* string */.YjP(),
				input: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
				caller: anthropicToolCallCallerSchema().optional(),
				toolset_name: schemas/* string */.YjP().nullish()
			}),
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("redacted_thinking"),
				data: schemas/* string */.YjP()
			}),
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("compaction"),
				content: schemas/* string */.YjP().nullish(),
				signature: schemas/* string */.YjP().nullish()
			}),
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("server_tool_use"),
				id: schemas/* string */.YjP(),
				name: schemas/* string */.YjP(),
				input: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
				caller: anthropicToolCallCallerSchema().optional()
			}),
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("mcp_tool_use"),
				id: schemas/* string */.YjP(),
				name: schemas/* string */.YjP(),
				input: schemas/* unknown */.L5J(),
				server_name: schemas/* string */.YjP()
			}),
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("mcp_tool_result"),
				tool_use_id: schemas/* string */.YjP(),
				is_error: schemas/* boolean */.zMY(),
				content: anthropicMcpToolResultContentSchema()
			}),
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("web_fetch_tool_result"),
				tool_use_id: schemas/* string */.YjP(),
				caller: anthropicToolCallCallerSchema().optional(),
				content: schemas/* union */.KCZ([schemas/* object */.Ikc({
					type: schemas/* literal */.euz("web_fetch_result"),
					url: schemas/* string */.YjP(),
					retrieved_at: schemas/* string */.YjP().nullable(),
					content: schemas/* object */.Ikc({
						type: schemas/* literal */.euz("document"),
						title: schemas/* string */.YjP().nullable(),
						citations: schemas/* object */.Ikc({ enabled: schemas/* boolean */.zMY() }).optional(),
						source: schemas/* union */.KCZ([schemas/* object */.Ikc({
							type: schemas/* literal */.euz("base64"),
							media_type: schemas/* literal */.euz("application/pdf"),
							data: schemas/* string */.YjP()
						}), schemas/* object */.Ikc({
							type: schemas/* literal */.euz("text"),
							media_type: schemas/* literal */.euz("text/plain"),
							data: schemas/* string */.YjP()
						})])
					})
				}), schemas/* object */.Ikc({
					type: schemas/* literal */.euz("web_fetch_tool_result_error"),
					error_code: schemas/* string */.YjP()
				})])
			}),
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("web_search_tool_result"),
				tool_use_id: schemas/* string */.YjP(),
				caller: anthropicToolCallCallerSchema().optional(),
				content: schemas/* union */.KCZ([schemas/* array */.YOg(schemas/* object */.Ikc({
					type: schemas/* literal */.euz("web_search_result"),
					url: schemas/* string */.YjP(),
					title: schemas/* string */.YjP().nullable(),
					encrypted_content: schemas/* string */.YjP(),
					page_age: schemas/* string */.YjP().nullish()
				})), schemas/* object */.Ikc({
					type: schemas/* literal */.euz("web_search_tool_result_error"),
					error_code: schemas/* string */.YjP()
				})])
			}),
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("code_execution_tool_result"),
				tool_use_id: schemas/* string */.YjP(),
				content: schemas/* union */.KCZ([
					schemas/* object */.Ikc({
						type: schemas/* literal */.euz("code_execution_result"),
						stdout: schemas/* string */.YjP(),
						stderr: schemas/* string */.YjP(),
						return_code: schemas/* number */.aig(),
						content: schemas/* array */.YOg(schemas/* object */.Ikc({
							type: schemas/* literal */.euz("code_execution_output"),
							file_id: schemas/* string */.YjP()
						})).optional().default([])
					}),
					schemas/* object */.Ikc({
						type: schemas/* literal */.euz("encrypted_code_execution_result"),
						encrypted_stdout: schemas/* string */.YjP(),
						stderr: schemas/* string */.YjP(),
						return_code: schemas/* number */.aig(),
						content: schemas/* array */.YOg(schemas/* object */.Ikc({
							type: schemas/* literal */.euz("code_execution_output"),
							file_id: schemas/* string */.YjP()
						})).optional().default([])
					}),
					schemas/* object */.Ikc({
						type: schemas/* literal */.euz("code_execution_tool_result_error"),
						error_code: schemas/* string */.YjP()
					})
				])
			}),
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("bash_code_execution_tool_result"),
				tool_use_id: schemas/* string */.YjP(),
				content: schemas/* discriminatedUnion */.gMt("type", [schemas/* object */.Ikc({
					type: schemas/* literal */.euz("bash_code_execution_result"),
					content: schemas/* array */.YOg(schemas/* object */.Ikc({
						type: schemas/* literal */.euz("bash_code_execution_output"),
						file_id: schemas/* string */.YjP()
					})),
					stdout: schemas/* string */.YjP(),
					stderr: schemas/* string */.YjP(),
					return_code: schemas/* number */.aig()
				}), schemas/* object */.Ikc({
					type: schemas/* literal */.euz("bash_code_execution_tool_result_error"),
					error_code: schemas/* string */.YjP()
				})])
			}),
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("text_editor_code_execution_tool_result"),
				tool_use_id: schemas/* string */.YjP(),
				content: schemas/* discriminatedUnion */.gMt("type", [
					schemas/* object */.Ikc({
						type: schemas/* literal */.euz("text_editor_code_execution_tool_result_error"),
						error_code: schemas/* string */.YjP()
					}),
					schemas/* object */.Ikc({
						type: schemas/* literal */.euz("text_editor_code_execution_view_result"),
						content: schemas/* string */.YjP(),
						file_type: schemas/* string */.YjP(),
						num_lines: schemas/* number */.aig().nullable(),
						start_line: schemas/* number */.aig().nullable(),
						total_lines: schemas/* number */.aig().nullable()
					}),
					schemas/* object */.Ikc({
						type: schemas/* literal */.euz("text_editor_code_execution_create_result"),
						is_file_update: schemas/* boolean */.zMY()
					}),
					schemas/* object */.Ikc({
						type: schemas/* literal */.euz("text_editor_code_execution_str_replace_result"),
						lines: schemas/* array */.YOg(schemas/* string */.YjP()).nullable(),
						new_lines: schemas/* number */.aig().nullable(),
						new_start: schemas/* number */.aig().nullable(),
						old_lines: schemas/* number */.aig().nullable(),
						old_start: schemas/* number */.aig().nullable()
					})
				])
			}),
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("tool_search_tool_result"),
				tool_use_id: schemas/* string */.YjP(),
				content: schemas/* union */.KCZ([schemas/* object */.Ikc({
					type: schemas/* literal */.euz("tool_search_tool_search_result"),
					tool_references: schemas/* array */.YOg(schemas/* object */.Ikc({
						type: schemas/* literal */.euz("tool_reference"),
						tool_name: schemas/* string */.YjP()
					}))
				}), schemas/* object */.Ikc({
					type: schemas/* literal */.euz("tool_search_tool_result_error"),
					error_code: schemas/* string */.YjP()
				})])
			}),
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("advisor_tool_result"),
				tool_use_id: schemas/* string */.YjP(),
				content: schemas/* discriminatedUnion */.gMt("type", [
					schemas/* object */.Ikc({
						type: schemas/* literal */.euz("advisor_result"),
						text: schemas/* string */.YjP(),
						stop_reason: schemas/* string */.YjP().nullish()
					}),
					schemas/* object */.Ikc({
						type: schemas/* literal */.euz("advisor_redacted_result"),
						encrypted_content: schemas/* string */.YjP(),
						stop_reason: schemas/* string */.YjP().nullish()
					}),
					schemas/* object */.Ikc({
						type: schemas/* literal */.euz("advisor_tool_result_error"),
						error_code: schemas/* string */.YjP()
					})
				])
			}),
			anthropicFallbackContentSchema()
		])
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("content_block_delta"),
		index: schemas/* number */.aig(),
		delta: schemas/* discriminatedUnion */.gMt("type", [
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("input_json_delta"),
				partial_json: schemas/* string */.YjP()
			}),
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("text_delta"),
				text: schemas/* string */.YjP()
			}),
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("thinking_delta"),
				thinking: schemas/* string */.YjP()
			}),
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("signature_delta"),
				signature: schemas/* string */.YjP()
			}),
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("compaction_delta"),
				content: schemas/* string */.YjP().nullish()
			}),
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("citations_delta"),
				citation: anthropicCitationSchema()
			})
		])
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("content_block_stop"),
		index: schemas/* number */.aig()
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("error"),
		error: schemas/* object */.Ikc({
			type: schemas/* string */.YjP(),
			message: schemas/* string */.YjP(),
			code: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig()]).nullish(),
			statusCode: schemas/* number */.aig().nullish(),
			isRetryable: schemas/* boolean */.zMY().nullish(),
			data: schemas/* unknown */.L5J().nullish()
		})
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("message_delta"),
		delta: schemas/* object */.Ikc({
			stop_reason: schemas/* string */.YjP().nullish(),
			stop_sequence: schemas/* string */.YjP().nullish(),
			stop_details: anthropicStopDetailsSchema().nullish(),
			safeguard_results: schemas/* array */.YOg(anthropicSafeguardResultSchema()).nullish(),
			container: schemas/* object */.Ikc({
				expires_at: schemas/* string */.YjP(),
				id: schemas/* string */.YjP(),
				skills: schemas/* array */.YOg(schemas/* object */.Ikc({
					type: schemas/* union */.KCZ([schemas/* literal */.euz("anthropic"), schemas/* literal */.euz("custom")]),
					skill_id: schemas/* string */.YjP(),
					version: schemas/* string */.YjP()
				})).nullish()
			}).nullish()
		}),
		usage: schemas/* looseObject */._H3({
			service_tier: schemas/* string */.YjP().nullish(),
			input_tokens: schemas/* number */.aig().nullish(),
			output_tokens: schemas/* number */.aig(),
			output_tokens_details: schemas/* object */.Ikc({ thinking_tokens: schemas/* number */.aig().nullish() }).nullish(),
			cache_creation_input_tokens: schemas/* number */.aig().nullish(),
			cache_read_input_tokens: schemas/* number */.aig().nullish(),
			iterations: schemas/* array */.YOg(schemas/* object */.Ikc({
				type: schemas/* union */.KCZ([
					schemas/* literal */.euz("compaction"),
					schemas/* literal */.euz("message"),
					schemas/* literal */.euz("advisor_message"),
					schemas/* literal */.euz("fallback_message")
				]),
				model: schemas/* string */.YjP().nullish(),
				input_tokens: schemas/* number */.aig(),
				output_tokens: schemas/* number */.aig(),
				cache_creation_input_tokens: schemas/* number */.aig().nullish(),
				cache_read_input_tokens: schemas/* number */.aig().nullish()
			})).nullish()
		}),
		input_transformations: schemas/* array */.YOg(anthropicInputTransformationSchema()).nullish(),
		context_management: schemas/* object */.Ikc({ applied_edits: schemas/* array */.YOg(schemas/* union */.KCZ([
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("clear_tool_uses_20250919"),
				cleared_tool_uses: schemas/* number */.aig(),
				cleared_input_tokens: schemas/* number */.aig()
			}),
			schemas/* object */.Ikc({
				type: schemas/* literal */.euz("clear_thinking_20251015"),
				cleared_thinking_turns: schemas/* number */.aig(),
				cleared_input_tokens: schemas/* number */.aig()
			}),
			schemas/* object */.Ikc({ type: schemas/* literal */.euz("compact_20260112") })
		])) }).nullish()
	}),
	schemas/* object */.Ikc({ type: schemas/* literal */.euz("message_stop") }),
	schemas/* object */.Ikc({ type: schemas/* literal */.euz("ping") })
])));
const anthropicReasoningMetadataSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	signature: schemas/* string */.YjP().optional(),
	redactedData: schemas/* string */.YjP().optional()
})));
//#endregion
//#region src/anthropic-language-model-options.ts
/**
* Anthropic file part provider options for document-specific features.
* These options apply to individual file parts (documents).
*/
const anthropicFilePartProviderOptions = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	/**
	* Upload this file into the code execution container instead of sending it as
	* a normal document or image content block.
	*/
	containerUpload: schemas/* boolean */.zMY().optional(),
	/**
	* Citation configuration for this document.
	* When enabled, this document will generate citations in the response.
	*/
	citations: schemas/* object */.Ikc({ 
	/**
	* Enable citations for this document
	*/
enabled: schemas/* boolean */.zMY() }).optional(),
	/**
	* Custom title for the document.
	* If not provided, the filename will be used.
	*/
	title: schemas/* string */.YjP().optional(),
	/**
	* Context about the document that will be passed to the model
	* but not used towards cited content.
	* Useful for storing document metadata as text or stringified JSON.
	*/
	context: schemas/* string */.YjP().optional()
})));
/**
* Anthropic provider options for system messages.
*/
const anthropicSystemMessageProviderOptions = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	/**
	* Controls when an ephemeral mid-conversation system message is cleared.
	*
	* Only supported on system messages that appear mid-conversation.
	* The required `mid-conversation-system-clear-at-2026-08-21` beta is
	* added automatically.
	*/
	clearAt: schemas/* literal */.euz("next_user_message").optional(),
	/**
	* Sets the model effort from the next user turn until a later message
	* changes it. An effort-only system message with empty content can appear
	* first. The required `mid-conversation-output-config-2026-07-01` beta is
	* added automatically.
	*/
	effort: schemas/* enum */.k5n([
		"low",
		"medium",
		"high",
		"xhigh",
		"max"
	]).optional(),
	/**
	* Mid-conversation tool changes. Adds or removes tools from the
	* conversation's tool set between turns without invalidating the prompt
	* cache.
	*
	* Only supported on system messages that appear mid-conversation (not the
	* initial system prompt). A system message carrying tool changes must come
	* right before an assistant message or at the end of the messages.
	*
	* A `tool_addition` either references a tool by `toolName` or defines it
	* by value with `tool`:
	* - By reference: the tool must be declared in the `tools` option
	*   (typically with `deferLoading: true` so it is not loaded until the
	*   addition surfaces it). The required
	*   `mid-conversation-tool-changes-2026-07-01` beta is added
	*   automatically.
	* - By value: `tool` is a function or provider tool, in the same shape as
	*   an entry of the `tools` option. The tool does not need to be declared
	*   in `tools`, and defining a tool under an existing name replaces it
	*   from that point on. The required `inline-tools-2026-09-15` beta is
	*   added automatically.
	*
	* A `tool_removal` always references the tool by `toolName`.
	*/
	toolChanges: schemas/* array */.YOg(schemas/* union */.KCZ([
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("tool_addition"),
			toolName: schemas/* string */.YjP()
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("tool_addition"),
			tool: schemas/* union */.KCZ([schemas/* looseObject */._H3({
				type: schemas/* literal */.euz("function"),
				name: schemas/* string */.YjP(),
				inputSchema: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())
			}), schemas/* looseObject */._H3({
				type: schemas/* literal */.euz("provider"),
				id: schemas/* string */.YjP(),
				name: schemas/* string */.YjP(),
				args: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J())
			})])
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("tool_removal"),
			toolName: schemas/* string */.YjP()
		})
	])).optional()
})));
const anthropicLanguageModelOptions = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	/**
	* Create or continue a short-lived server-side message thread.
	* On continuation, messages must contain only new messages. Keep the full
	* conversation locally so it can be replayed when the thread expires.
	*/
	thread: schemas/* discriminatedUnion */.gMt("type", [schemas/* object */.Ikc({ type: schemas/* literal */.euz("create") }), schemas/* object */.Ikc({
		type: schemas/* literal */.euz("continue"),
		previousMessageId: schemas/* string */.YjP().min(1)
	})]).optional(),
	/**
	* Whether to send reasoning to the model.
	*
	* This allows you to deactivate reasoning inputs for models that do not support them.
	*/
	sendReasoning: schemas/* boolean */.zMY().optional(),
	/**
	* Determines how structured outputs are generated.
	*
	* - `outputFormat`: Use the `output_config.format` parameter to specify the structured output format.
	* - `jsonTool`: Use a special 'json' tool to specify the structured output format.
	* - `auto`: Use 'outputFormat' when supported, otherwise use 'jsonTool' (default).
	*/
	structuredOutputMode: schemas/* enum */.k5n([
		"outputFormat",
		"jsonTool",
		"auto"
	]).optional(),
	/** Emit typed streaming heartbeat parts. Disabled by default. */
	includePings: schemas/* boolean */.zMY().optional(),
	/**
	* Keep a system message that follows user or assistant messages in the
	* `messages` array, even when no system message comes before it. By
	* default the first system message becomes the top-level `system`
	* prompt wherever it appears, which models without mid-conversation
	* system message support require. Enable this only for models that
	* support mid-conversation system messages.
	*/
	midConversationSystemMessages: schemas/* boolean */.zMY().optional(),
	/**
	* Configuration for enabling Claude's extended thinking.
	*
	* When enabled, responses include thinking content blocks showing Claude's thinking process before the final answer.
	* Requires a minimum budget of 1,024 tokens and counts towards the `max_tokens` limit.
	*
	* Models that always use adaptive thinking (e.g. `claude-opus-5-5`,
	* `claude-fable-5-1`) reject `enabled` and `disabled`. For those models the
	* provider drops the unsupported setting, emits a warning, and sends an
	* adaptive thinking request. Use `effort` to control how much they think.
	*
	* `claude-sonnet-5-5` supports `between_tools`, its lowest thinking setting,
	* and the provider uses it in place of `disabled` for that model.
	*/
	thinking: schemas/* union */.KCZ([schemas/* discriminatedUnion */.gMt("type", [
		schemas/* object */.Ikc({
			/** for Sonnet 4.6, Opus 4.6, and newer models */
			type: schemas/* literal */.euz("adaptive"),
			/**
			* Controls whether thinking content is included in the response.
			* - `"omitted"`: Thinking blocks are present but text is empty (default for Opus 4.7+).
			* - `"summarized"`: Thinking content is returned.
			* - `"updates"`: Thinking updates are returned between tool calls.
			*/
			display: schemas/* enum */.k5n([
				"omitted",
				"summarized",
				"updates"
			]).optional(),
			/**
			* Controls how thinking blocks are bound to an existing thinking
			* prefix. Requires the `thinking-binding-controls-2026-08-01` beta.
			*/
			blockBinding: schemas/* object */.Ikc({ prefixMismatchBehavior: schemas/* enum */.k5n(["error", "drop_block"]) }).optional()
		}),
		schemas/* object */.Ikc({
			/** for models before Opus 4.6, except Sonnet 4.6 still supports it */
			type: schemas/* literal */.euz("enabled"),
			budgetTokens: schemas/* number */.aig().optional()
		}),
		schemas/* object */.Ikc({ type: schemas/* literal */.euz("disabled") }),
		schemas/* object */.Ikc({ 
		/**
		* for `claude-sonnet-5-5`: no upfront thinking, but progress notes
		* between tool calls are returned as summarized thinking blocks.
		* Only supported at `low`, `medium`, and `high` effort.
		*/
type: schemas/* literal */.euz("between_tools") })
	]), schemas/* object */.Ikc({
		type: schemas/* never */.ZmZ().optional(),
		blockBinding: schemas/* object */.Ikc({ prefixMismatchBehavior: schemas/* enum */.k5n(["error", "drop_block"]) })
	})]).optional(),
	/**
	* Whether to disable parallel function calling during tool use. Default is false.
	* When set to true, Claude will use at most one tool per response.
	*/
	disableParallelToolUse: schemas/* boolean */.zMY().optional(),
	/**
	* Cache control settings for this message.
	* See https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching
	*/
	cacheControl: schemas/* object */.Ikc({
		type: schemas/* literal */.euz("ephemeral"),
		ttl: schemas/* union */.KCZ([schemas/* literal */.euz("5m"), schemas/* literal */.euz("1h")]).optional()
	}).optional(),
	/**
	* Metadata to include with the request.
	*
	* See https://platform.claude.com/docs/en/api/messages/create for details.
	*/
	metadata: schemas/* object */.Ikc({ 
	/**
	* An external identifier for the user associated with the request.
	*
	* Should be a UUID, hash value, or other opaque identifier.
	* Must not contain PII (name, email, phone number, etc.).
	*/
userId: schemas/* string */.YjP().optional() }).optional(),
	/**
	* MCP servers to be utilized in this request.
	*/
	mcpServers: schemas/* array */.YOg(schemas/* object */.Ikc({
		type: schemas/* literal */.euz("url"),
		name: schemas/* string */.YjP(),
		url: schemas/* string */.YjP(),
		authorizationToken: schemas/* string */.YjP().nullish(),
		toolConfiguration: schemas/* object */.Ikc({
			enabled: schemas/* boolean */.zMY().nullish(),
			allowedTools: schemas/* array */.YOg(schemas/* string */.YjP()).nullish()
		}).nullish()
	})).optional(),
	/**
	* Agent Skills configuration. Skills enable Claude to perform specialized tasks
	* like document processing (PPTX, DOCX, PDF, XLSX) and data analysis.
	* Requires code execution tool to be enabled.
	*/
	container: schemas/* object */.Ikc({
		id: schemas/* string */.YjP().optional(),
		skills: schemas/* array */.YOg(schemas/* discriminatedUnion */.gMt("type", [schemas/* object */.Ikc({
			type: schemas/* literal */.euz("anthropic"),
			skillId: schemas/* string */.YjP(),
			version: schemas/* string */.YjP().optional()
		}), schemas/* object */.Ikc({
			type: schemas/* literal */.euz("custom"),
			providerReference: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
			version: schemas/* string */.YjP().optional()
		})])).optional()
	}).optional(),
	/**
	* Whether to enable fine-grained (eager) streaming of tool call inputs
	* and structured outputs for every function tool in the request. When
	* true (the default), each function tool receives a default of
	* `eager_input_streaming: true` unless it explicitly sets
	* `providerOptions.anthropic.eagerInputStreaming`.
	*
	* @default true
	*/
	toolStreaming: schemas/* boolean */.zMY().optional(),
	/**
	* Controls how much effort the model spends on thinking, text responses,
	* and tool calls. On models that always use adaptive thinking
	* (e.g. `claude-opus-5-5`), effort is the main lever for latency and cost.
	*
	* The API default is `high` for most models and `medium` for `claude-opus-5-5`.
	*/
	effort: schemas/* enum */.k5n([
		"low",
		"medium",
		"high",
		"xhigh",
		"max"
	]).optional(),
	/**
	* Task budget for agentic turns. Informs the model of the total token budget
	* available for the current task, allowing it to prioritize work and wind down
	* gracefully as the budget is consumed.
	*
	* Advisory only — does not enforce a hard token limit.
	*/
	taskBudget: schemas/* object */.Ikc({
		type: schemas/* literal */.euz("tokens"),
		total: schemas/* number */.aig().int().min(2e4),
		remaining: schemas/* number */.aig().int().min(0).optional()
	}).optional(),
	/**
	* Enable fast mode for faster inference (2.5x faster output token speeds).
	* Only supported with claude-opus-4-6.
	*/
	speed: schemas/* enum */.k5n(["fast", "standard"]).optional(),
	/**
	* Request admission tier. Anthropic accepts `auto` and `standard_only`;
	* MiniMax accepts `standard` and `priority`. Values for another known
	* provider are omitted with an unsupported-setting warning.
	*/
	serviceTier: schemas/* enum */.k5n([
		"auto",
		"standard_only",
		"standard",
		"priority"
	]).optional(),
	/**
	* Controls where model inference runs for this request.
	*
	* - `"global"`: Inference may run in any available geography (default).
	* - `"us"`: Inference runs only in US-based infrastructure.
	*
	* See https://platform.claude.com/docs/en/build-with-claude/data-residency
	*/
	inferenceGeo: schemas/* enum */.k5n(["us", "global"]).optional(),
	/**
	* Server-side fallback configuration.
	*
	* When the primary model's safety classifiers block a turn, the API
	* automatically retries it server-side on a fallback model. A
	* `content-filter` finish reason means the fallback(s) refused as well.
	*
	* - `'default'` (recommended): the API routes the retry to Anthropic's
	*   recommended fallback model based on the refusal category. Requires the
	*   `server-side-fallback-2026-07-01` beta, which is added automatically.
	* - Array form: an explicit fallback chain. Each entry is merged into the
	*   request as a direct request to that entry's model, so it must be
	*   formatted accordingly: `model` is required, and an entry may
	*   additionally override `max_tokens`, `thinking`, `output_config`, and
	*   `speed` for that attempt only (`speed` additionally requires the speed
	*   beta). The value is passed through to the API as-is, and the
	*   `server-side-fallback-2026-06-01` beta is added automatically.
	*/
	fallbacks: schemas/* union */.KCZ([schemas/* literal */.euz("default"), schemas/* array */.YOg(schemas/* object */.Ikc({
		model: schemas/* string */.YjP(),
		max_tokens: schemas/* number */.aig().int().optional(),
		thinking: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
		output_config: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
		speed: schemas/* enum */.k5n(["fast", "standard"]).optional()
	}))]).optional(),
	/**
	* A set of beta features to enable.
	* Allow a provider to receive the full `betas` set if it needs it.
	*/
	anthropicBeta: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
	/**
	* Server-side safeguards to run as part of the request.
	*
	* `dangerous_tool_use` asks the API to classify every `tool_use` block in
	* the response for dangerous actions (the check Claude Code's auto mode
	* relies on). The per-call verdicts are returned in
	* `providerMetadata.anthropic.safeguardResults`, keyed by tool call id.
	* `classifierContext` is passed through to the API as `classifier_context`.
	* The `dangerous-tool-use-2026-09-03` beta is added automatically.
	*/
	safeguards: schemas/* array */.YOg(schemas/* object */.Ikc({
		type: schemas/* literal */.euz("dangerous_tool_use"),
		classifierContext: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional()
	})).optional(),
	/**
	* Requests an on-demand summary of the supplied conversation.
	*
	* The required `compact-2026-09-04` beta is added automatically.
	* Cannot be combined with `contextManagement`.
	*/
	compaction: schemas/* object */.Ikc({
		type: schemas/* literal */.euz("summarize"),
		instructions: schemas/* string */.YjP().optional()
	}).optional(),
	contextManagement: schemas/* object */.Ikc({ edits: schemas/* array */.YOg(schemas/* discriminatedUnion */.gMt("type", [
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("clear_tool_uses_20250919"),
			trigger: schemas/* discriminatedUnion */.gMt("type", [schemas/* object */.Ikc({
				type: schemas/* literal */.euz("input_tokens"),
				value: schemas/* number */.aig()
			}), schemas/* object */.Ikc({
				type: schemas/* literal */.euz("tool_uses"),
				value: schemas/* number */.aig()
			})]).optional(),
			keep: schemas/* object */.Ikc({
				type: schemas/* literal */.euz("tool_uses"),
				value: schemas/* number */.aig()
			}).optional(),
			clearAtLeast: schemas/* object */.Ikc({
				type: schemas/* literal */.euz("input_tokens"),
				value: schemas/* number */.aig()
			}).optional(),
			clearToolInputs: schemas/* boolean */.zMY().optional(),
			excludeTools: schemas/* array */.YOg(schemas/* string */.YjP()).optional()
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("clear_thinking_20251015"),
			keep: schemas/* union */.KCZ([schemas/* literal */.euz("all"), schemas/* object */.Ikc({
				type: schemas/* literal */.euz("thinking_turns"),
				value: schemas/* number */.aig()
			})]).optional()
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("compact_20260112"),
			trigger: schemas/* object */.Ikc({
				type: schemas/* literal */.euz("input_tokens"),
				value: schemas/* number */.aig()
			}).optional(),
			pauseAfterCompaction: schemas/* boolean */.zMY().optional(),
			instructions: schemas/* string */.YjP().optional()
		})
	])) }).optional()
})));
//#endregion
//#region src/get-cache-control.ts
const MAX_CACHE_BREAKPOINTS = 4;
function getCacheControl(providerMetadata, providerOptionsName) {
	const custom = providerMetadata?.[providerOptionsName];
	const anthropic = providerMetadata?.anthropic;
	return custom?.cacheControl ?? custom?.cache_control ?? anthropic?.cacheControl ?? anthropic?.cache_control;
}
var CacheControlValidator = class {
	constructor(providerOptionsName = "anthropic", initialBreakpointCount = 0) {
		this.providerOptionsName = providerOptionsName;
		this.breakpointCount = 0;
		this.warnings = [];
		this.breakpointCount = initialBreakpointCount;
	}
	getCacheControl(providerMetadata, context) {
		const cacheControlValue = getCacheControl(providerMetadata, this.providerOptionsName);
		if (!cacheControlValue) return;
		if (!context.canCache) {
			this.warnings.push({
				type: "unsupported",
				feature: "cache_control on non-cacheable context",
				details: `cache_control cannot be set on ${context.type}. It will be ignored.`
			});
			return;
		}
		this.breakpointCount++;
		if (this.breakpointCount > MAX_CACHE_BREAKPOINTS) {
			this.warnings.push({
				type: "unsupported",
				feature: "cacheControl breakpoint limit",
				details: `Maximum ${MAX_CACHE_BREAKPOINTS} cache breakpoints exceeded (found ${this.breakpointCount}). This breakpoint will be ignored.`
			});
			return;
		}
		return cacheControlValue;
	}
	getWarnings() {
		return this.warnings;
	}
};
//#endregion
//#region src/tool/advisor_20260301.ts
const advisor_20260301ArgsSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	model: schemas/* string */.YjP(),
	maxUses: schemas/* number */.aig().optional(),
	maxTokens: schemas/* number */.aig().int().min(1024).optional(),
	caching: schemas/* object */.Ikc({
		type: schemas/* literal */.euz("ephemeral"),
		ttl: schemas/* union */.KCZ([schemas/* literal */.euz("5m"), schemas/* literal */.euz("1h")])
	}).optional()
})));
const advisor_20260301OutputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* discriminatedUnion */.gMt("type", [
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("advisor_result"),
		text: schemas/* string */.YjP(),
		stopReason: schemas/* string */.YjP().optional()
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("advisor_redacted_result"),
		encryptedContent: schemas/* string */.YjP(),
		stopReason: schemas/* string */.YjP().optional()
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("advisor_tool_result_error"),
		errorCode: schemas/* string */.YjP()
	})
])));
const advisor_20260301InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({}).strict()));
const factory$13 = (0,provider_utils_dist/* createProviderExecutedToolFactory */.z)({
	id: "anthropic.advisor_20260301",
	inputSchema: advisor_20260301InputSchema,
	outputSchema: advisor_20260301OutputSchema,
	supportsDeferredResults: true
});
const advisor_20260301 = (args) => {
	return factory$13(args);
};
//#endregion
//#region src/tool/computer-toolset_20260801.ts
/**
* Member tools of the computer toolset. Each member is returned by the API as
* its own `tool_use` block; the AI SDK exposes it as the `action` of a single
* computer tool call.
*/
const computerToolset_20260801Members = [
	"screenshot",
	"zoom",
	"left_click",
	"right_click",
	"middle_click",
	"double_click",
	"triple_click",
	"left_click_drag",
	"mouse_move",
	"left_mouse_down",
	"left_mouse_up",
	"cursor_position",
	"scroll",
	"type",
	"key",
	"hold_key",
	"wait"
];
const computerToolset_20260801InputSchema = (configs) => (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	action: schemas/* enum */.k5n(computerToolset_20260801Members.filter((member) => configs?.[member]?.enabled !== false)),
	coordinate: schemas/* tuple */.PVZ([schemas/* number */.aig().int(), schemas/* number */.aig().int()]).optional(),
	duration: schemas/* number */.aig().optional(),
	region: schemas/* tuple */.PVZ([
		schemas/* number */.aig().int(),
		schemas/* number */.aig().int(),
		schemas/* number */.aig().int(),
		schemas/* number */.aig().int()
	]).optional(),
	repeat: schemas/* number */.aig().int().optional(),
	scroll_amount: schemas/* number */.aig().optional(),
	scroll_direction: schemas/* enum */.k5n([
		"up",
		"down",
		"left",
		"right"
	]).optional(),
	start_coordinate: schemas/* tuple */.PVZ([schemas/* number */.aig().int(), schemas/* number */.aig().int()]).optional(),
	text: schemas/* string */.YjP().optional()
})));
const computerToolset_20260801ArgsSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({ configs: schemas/* partialRecord */.jgl(schemas/* enum */.k5n(computerToolset_20260801Members), schemas/* object */.Ikc({
	enabled: schemas/* boolean */.zMY().optional(),
	deferLoading: schemas/* boolean */.zMY().optional()
})).optional() })));
const factory$12 = (0,provider_utils_dist/* createProviderDefinedToolFactory */.hL)({
	id: "anthropic.computer_toolset_20260801",
	inputSchema: computerToolset_20260801InputSchema()
});
const computerToolset_20260801 = (args) => ({
	...factory$12(args),
	inputSchema: computerToolset_20260801InputSchema(args.configs)
});
//#endregion
//#region src/tool/text-editor_20250728.ts
const textEditor_20250728ArgsSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({ maxCharacters: schemas/* number */.aig().optional() })));
const textEditor_20250728InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	command: schemas/* enum */.k5n([
		"view",
		"create",
		"str_replace",
		"insert"
	]),
	path: schemas/* string */.YjP(),
	file_text: schemas/* string */.YjP().optional(),
	insert_line: schemas/* number */.aig().int().optional(),
	new_str: schemas/* string */.YjP().optional(),
	insert_text: schemas/* string */.YjP().optional(),
	old_str: schemas/* string */.YjP().optional(),
	view_range: schemas/* array */.YOg(schemas/* number */.aig().int()).optional()
})));
const factory$11 = (0,provider_utils_dist/* createProviderDefinedToolFactory */.hL)({
	id: "anthropic.text_editor_20250728",
	inputSchema: textEditor_20250728InputSchema
});
const textEditor_20250728 = (args = {}) => {
	return factory$11(args);
};
//#endregion
//#region src/tool/web-search_20260318.ts
const webSearch_20260318ArgsSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	maxUses: schemas/* number */.aig().optional(),
	allowedDomains: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
	blockedDomains: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
	userLocation: schemas/* object */.Ikc({
		type: schemas/* literal */.euz("approximate"),
		city: schemas/* string */.YjP().optional(),
		region: schemas/* string */.YjP().optional(),
		country: schemas/* string */.YjP().optional(),
		timezone: schemas/* string */.YjP().optional()
	}).optional(),
	responseInclusion: schemas/* enum */.k5n(["full", "excluded"]).optional()
})));
const webSearch_20260318OutputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* array */.YOg(schemas/* object */.Ikc({
	url: schemas/* string */.YjP(),
	title: schemas/* string */.YjP().nullable(),
	pageAge: schemas/* string */.YjP().nullable(),
	encryptedContent: schemas/* string */.YjP(),
	type: schemas/* literal */.euz("web_search_result")
}))));
const webSearch_20260318InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({ query: schemas/* string */.YjP() })));
const factory$10 = (0,provider_utils_dist/* createProviderExecutedToolFactory */.z)({
	id: "anthropic.web_search_20260318",
	inputSchema: webSearch_20260318InputSchema,
	outputSchema: webSearch_20260318OutputSchema,
	supportsDeferredResults: true
});
const webSearch_20260318 = (args = {}) => {
	return factory$10(args);
};
//#endregion
//#region src/tool/web-search_20260209.ts
const webSearch_20260209ArgsSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	maxUses: schemas/* number */.aig().optional(),
	allowedDomains: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
	blockedDomains: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
	userLocation: schemas/* object */.Ikc({
		type: schemas/* literal */.euz("approximate"),
		city: schemas/* string */.YjP().optional(),
		region: schemas/* string */.YjP().optional(),
		country: schemas/* string */.YjP().optional(),
		timezone: schemas/* string */.YjP().optional()
	}).optional()
})));
const webSearch_20260209OutputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* array */.YOg(schemas/* object */.Ikc({
	url: schemas/* string */.YjP(),
	title: schemas/* string */.YjP().nullable(),
	pageAge: schemas/* string */.YjP().nullable(),
	encryptedContent: schemas/* string */.YjP(),
	type: schemas/* literal */.euz("web_search_result")
}))));
const webSearch_20260209InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({ query: schemas/* string */.YjP() })));
const factory$9 = (0,provider_utils_dist/* createProviderExecutedToolFactory */.z)({
	id: "anthropic.web_search_20260209",
	inputSchema: webSearch_20260209InputSchema,
	outputSchema: webSearch_20260209OutputSchema,
	supportsDeferredResults: true
});
const webSearch_20260209 = (args = {}) => {
	return factory$9(args);
};
//#endregion
//#region src/tool/web-search_20250305.ts
const webSearch_20250305ArgsSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	maxUses: schemas/* number */.aig().optional(),
	allowedDomains: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
	blockedDomains: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
	userLocation: schemas/* object */.Ikc({
		type: schemas/* literal */.euz("approximate"),
		city: schemas/* string */.YjP().optional(),
		region: schemas/* string */.YjP().optional(),
		country: schemas/* string */.YjP().optional(),
		timezone: schemas/* string */.YjP().optional()
	}).optional()
})));
const webSearch_20250305OutputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* array */.YOg(schemas/* object */.Ikc({
	url: schemas/* string */.YjP(),
	title: schemas/* string */.YjP().nullable(),
	pageAge: schemas/* string */.YjP().nullable(),
	encryptedContent: schemas/* string */.YjP(),
	type: schemas/* literal */.euz("web_search_result")
}))));
const webSearch_20250305InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({ query: schemas/* string */.YjP() })));
const factory$8 = (0,provider_utils_dist/* createProviderExecutedToolFactory */.z)({
	id: "anthropic.web_search_20250305",
	inputSchema: webSearch_20250305InputSchema,
	outputSchema: webSearch_20250305OutputSchema,
	supportsDeferredResults: true
});
const webSearch_20250305 = (args = {}) => {
	return factory$8(args);
};
//#endregion
//#region src/tool/web-fetch-20260318.ts
const webFetch_20260318ArgsSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	maxUses: schemas/* number */.aig().optional(),
	allowedDomains: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
	blockedDomains: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
	citations: schemas/* object */.Ikc({ enabled: schemas/* boolean */.zMY() }).optional(),
	maxContentTokens: schemas/* number */.aig().optional(),
	useCache: schemas/* boolean */.zMY().optional(),
	responseInclusion: schemas/* enum */.k5n(["full", "excluded"]).optional()
})));
const webFetch_20260318OutputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	type: schemas/* literal */.euz("web_fetch_result"),
	url: schemas/* string */.YjP(),
	content: schemas/* object */.Ikc({
		type: schemas/* literal */.euz("document"),
		title: schemas/* string */.YjP().nullable(),
		citations: schemas/* object */.Ikc({ enabled: schemas/* boolean */.zMY() }).optional(),
		source: schemas/* union */.KCZ([schemas/* object */.Ikc({
			type: schemas/* literal */.euz("base64"),
			mediaType: schemas/* literal */.euz("application/pdf"),
			data: schemas/* string */.YjP()
		}), schemas/* object */.Ikc({
			type: schemas/* literal */.euz("text"),
			mediaType: schemas/* literal */.euz("text/plain"),
			data: schemas/* string */.YjP()
		})])
	}),
	retrievedAt: schemas/* string */.YjP().nullable()
})));
const webFetch_20260318InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({ url: schemas/* string */.YjP() })));
const factory$7 = (0,provider_utils_dist/* createProviderExecutedToolFactory */.z)({
	id: "anthropic.web_fetch_20260318",
	inputSchema: webFetch_20260318InputSchema,
	outputSchema: webFetch_20260318OutputSchema,
	supportsDeferredResults: true
});
const webFetch_20260318 = (args = {}) => {
	return factory$7(args);
};
//#endregion
//#region src/tool/web-fetch-20260209.ts
const webFetch_20260209ArgsSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	maxUses: schemas/* number */.aig().optional(),
	allowedDomains: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
	blockedDomains: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
	citations: schemas/* object */.Ikc({ enabled: schemas/* boolean */.zMY() }).optional(),
	maxContentTokens: schemas/* number */.aig().optional()
})));
const webFetch_20260209OutputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	type: schemas/* literal */.euz("web_fetch_result"),
	url: schemas/* string */.YjP(),
	content: schemas/* object */.Ikc({
		type: schemas/* literal */.euz("document"),
		title: schemas/* string */.YjP().nullable(),
		citations: schemas/* object */.Ikc({ enabled: schemas/* boolean */.zMY() }).optional(),
		source: schemas/* union */.KCZ([schemas/* object */.Ikc({
			type: schemas/* literal */.euz("base64"),
			mediaType: schemas/* literal */.euz("application/pdf"),
			data: schemas/* string */.YjP()
		}), schemas/* object */.Ikc({
			type: schemas/* literal */.euz("text"),
			mediaType: schemas/* literal */.euz("text/plain"),
			data: schemas/* string */.YjP()
		})])
	}),
	retrievedAt: schemas/* string */.YjP().nullable()
})));
const webFetch_20260209InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({ url: schemas/* string */.YjP() })));
const factory$6 = (0,provider_utils_dist/* createProviderExecutedToolFactory */.z)({
	id: "anthropic.web_fetch_20260209",
	inputSchema: webFetch_20260209InputSchema,
	outputSchema: webFetch_20260209OutputSchema,
	supportsDeferredResults: true
});
const webFetch_20260209 = (args = {}) => {
	return factory$6(args);
};
//#endregion
//#region src/tool/web-fetch-20250910.ts
const webFetch_20250910ArgsSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	maxUses: schemas/* number */.aig().optional(),
	allowedDomains: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
	blockedDomains: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
	citations: schemas/* object */.Ikc({ enabled: schemas/* boolean */.zMY() }).optional(),
	maxContentTokens: schemas/* number */.aig().optional()
})));
const webFetch_20250910OutputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	type: schemas/* literal */.euz("web_fetch_result"),
	url: schemas/* string */.YjP(),
	content: schemas/* object */.Ikc({
		type: schemas/* literal */.euz("document"),
		title: schemas/* string */.YjP().nullable(),
		citations: schemas/* object */.Ikc({ enabled: schemas/* boolean */.zMY() }).optional(),
		source: schemas/* union */.KCZ([schemas/* object */.Ikc({
			type: schemas/* literal */.euz("base64"),
			mediaType: schemas/* literal */.euz("application/pdf"),
			data: schemas/* string */.YjP()
		}), schemas/* object */.Ikc({
			type: schemas/* literal */.euz("text"),
			mediaType: schemas/* literal */.euz("text/plain"),
			data: schemas/* string */.YjP()
		})])
	}),
	retrievedAt: schemas/* string */.YjP().nullable()
})));
const webFetch_20250910InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({ url: schemas/* string */.YjP() })));
const factory$5 = (0,provider_utils_dist/* createProviderExecutedToolFactory */.z)({
	id: "anthropic.web_fetch_20250910",
	inputSchema: webFetch_20250910InputSchema,
	outputSchema: webFetch_20250910OutputSchema,
	supportsDeferredResults: true
});
const webFetch_20250910 = (args = {}) => {
	return factory$5(args);
};
//#endregion
//#region src/anthropic-prepare-tools.ts
async function prepareTools({ tools, toolChoice, hasInlineTools = false, disableParallelToolUse, cacheControlValidator, supportsStructuredOutput, supportsStrictTools, defaultEagerInputStreaming = false, rejectsForcedToolUse = false }) {
	tools = tools?.length ? tools : void 0;
	const toolWarnings = [];
	const betas = /* @__PURE__ */ new Set();
	const validator = cacheControlValidator || new CacheControlValidator();
	if (tools == null && !hasInlineTools) return {
		tools: void 0,
		toolChoice: void 0,
		toolWarnings,
		betas
	};
	const anthropicTools = [];
	for (const tool of tools ?? []) switch (tool.type) {
		case "function": {
			const cacheControl = validator.getCacheControl(tool.providerOptions, {
				type: "tool definition",
				canCache: true
			});
			const anthropicOptions = tool.providerOptions?.anthropic;
			const eagerInputStreaming = anthropicOptions?.eagerInputStreaming ?? defaultEagerInputStreaming;
			const deferLoading = anthropicOptions?.deferLoading;
			const allowedCallers = anthropicOptions?.allowedCallers;
			if (!supportsStrictTools && tool.strict === true) toolWarnings.push({
				type: "unsupported",
				feature: "strict",
				details: `Tool '${tool.name}' has strict: ${tool.strict}, but strict mode is not supported by this provider. The strict property will be ignored.`
			});
			anthropicTools.push({
				name: tool.name,
				description: tool.description,
				input_schema: tool.inputSchema,
				cache_control: cacheControl,
				...eagerInputStreaming ? { eager_input_streaming: true } : {},
				...supportsStrictTools === true && tool.strict != null ? { strict: tool.strict } : {},
				...deferLoading != null ? { defer_loading: deferLoading } : {},
				...allowedCallers != null ? { allowed_callers: allowedCallers } : {},
				...tool.inputExamples != null ? { input_examples: tool.inputExamples.map((example) => example.input) } : {}
			});
			if (supportsStructuredOutput === true && supportsStrictTools === true) betas.add("structured-outputs-2025-11-13");
			if (tool.inputExamples != null || allowedCallers != null) betas.add("advanced-tool-use-2025-11-20");
			break;
		}
		case "provider":
			switch (tool.id) {
				case "anthropic.code_execution_20250522":
					betas.add("code-execution-2025-05-22");
					anthropicTools.push({
						type: "code_execution_20250522",
						name: "code_execution",
						cache_control: void 0
					});
					break;
				case "anthropic.code_execution_20250825":
					betas.add("code-execution-2025-08-25");
					anthropicTools.push({
						type: "code_execution_20250825",
						name: "code_execution"
					});
					break;
				case "anthropic.code_execution_20260120":
					anthropicTools.push({
						type: "code_execution_20260120",
						name: "code_execution"
					});
					break;
				case "anthropic.computer_20250124":
					betas.add("computer-use-2025-01-24");
					anthropicTools.push({
						name: "computer",
						type: "computer_20250124",
						display_width_px: tool.args.displayWidthPx,
						display_height_px: tool.args.displayHeightPx,
						display_number: tool.args.displayNumber,
						cache_control: void 0
					});
					break;
				case "anthropic.computer_20251124":
					betas.add("computer-use-2025-11-24");
					anthropicTools.push({
						name: "computer",
						type: "computer_20251124",
						display_width_px: tool.args.displayWidthPx,
						display_height_px: tool.args.displayHeightPx,
						display_number: tool.args.displayNumber,
						enable_zoom: tool.args.enableZoom,
						cache_control: void 0
					});
					break;
				case "anthropic.computer_toolset_20260801": {
					const args = await (0,provider_utils_dist/* validateTypes */.k5)({
						value: tool.args,
						schema: computerToolset_20260801ArgsSchema
					});
					const configs = args.configs != null ? Object.fromEntries(Object.entries(args.configs).map(([member, config]) => [member, {
						...config?.enabled != null && { enabled: config.enabled },
						...config?.deferLoading != null && { defer_loading: config.deferLoading }
					}])) : void 0;
					anthropicTools.push({
						type: "computer_toolset_20260801",
						...configs != null && { configs },
						cache_control: void 0
					});
					break;
				}
				case "anthropic.computer_20241022":
					betas.add("computer-use-2024-10-22");
					anthropicTools.push({
						name: "computer",
						type: "computer_20241022",
						display_width_px: tool.args.displayWidthPx,
						display_height_px: tool.args.displayHeightPx,
						display_number: tool.args.displayNumber,
						cache_control: void 0
					});
					break;
				case "anthropic.text_editor_20250124":
					betas.add("computer-use-2025-01-24");
					anthropicTools.push({
						name: "str_replace_editor",
						type: "text_editor_20250124",
						cache_control: void 0
					});
					break;
				case "anthropic.text_editor_20241022":
					betas.add("computer-use-2024-10-22");
					anthropicTools.push({
						name: "str_replace_editor",
						type: "text_editor_20241022",
						cache_control: void 0
					});
					break;
				case "anthropic.text_editor_20250429":
					betas.add("computer-use-2025-01-24");
					anthropicTools.push({
						name: "str_replace_based_edit_tool",
						type: "text_editor_20250429",
						cache_control: void 0
					});
					break;
				case "anthropic.text_editor_20250728": {
					const args = await (0,provider_utils_dist/* validateTypes */.k5)({
						value: tool.args,
						schema: textEditor_20250728ArgsSchema
					});
					anthropicTools.push({
						name: "str_replace_based_edit_tool",
						type: "text_editor_20250728",
						max_characters: args.maxCharacters,
						cache_control: void 0
					});
					break;
				}
				case "anthropic.bash_20250124":
					betas.add("computer-use-2025-01-24");
					anthropicTools.push({
						name: "bash",
						type: "bash_20250124",
						cache_control: void 0
					});
					break;
				case "anthropic.bash_20241022":
					betas.add("computer-use-2024-10-22");
					anthropicTools.push({
						name: "bash",
						type: "bash_20241022",
						cache_control: void 0
					});
					break;
				case "anthropic.memory_20250818":
					betas.add("context-management-2025-06-27");
					anthropicTools.push({
						name: "memory",
						type: "memory_20250818"
					});
					break;
				case "anthropic.web_fetch_20250910": {
					betas.add("web-fetch-2025-09-10");
					const args = await (0,provider_utils_dist/* validateTypes */.k5)({
						value: tool.args,
						schema: webFetch_20250910ArgsSchema
					});
					anthropicTools.push({
						type: "web_fetch_20250910",
						name: "web_fetch",
						max_uses: args.maxUses,
						allowed_domains: args.allowedDomains,
						blocked_domains: args.blockedDomains,
						citations: args.citations,
						max_content_tokens: args.maxContentTokens,
						cache_control: void 0
					});
					break;
				}
				case "anthropic.web_fetch_20260209": {
					betas.add("code-execution-web-tools-2026-02-09");
					const args = await (0,provider_utils_dist/* validateTypes */.k5)({
						value: tool.args,
						schema: webFetch_20260209ArgsSchema
					});
					anthropicTools.push({
						type: "web_fetch_20260209",
						name: "web_fetch",
						max_uses: args.maxUses,
						allowed_domains: args.allowedDomains,
						blocked_domains: args.blockedDomains,
						citations: args.citations,
						max_content_tokens: args.maxContentTokens,
						cache_control: void 0
					});
					break;
				}
				case "anthropic.web_fetch_20260318": {
					const args = await (0,provider_utils_dist/* validateTypes */.k5)({
						value: tool.args,
						schema: webFetch_20260318ArgsSchema
					});
					anthropicTools.push({
						type: "web_fetch_20260318",
						name: "web_fetch",
						max_uses: args.maxUses,
						allowed_domains: args.allowedDomains,
						blocked_domains: args.blockedDomains,
						citations: args.citations,
						max_content_tokens: args.maxContentTokens,
						use_cache: args.useCache,
						response_inclusion: args.responseInclusion,
						cache_control: void 0
					});
					break;
				}
				case "anthropic.web_search_20250305": {
					const args = await (0,provider_utils_dist/* validateTypes */.k5)({
						value: tool.args,
						schema: webSearch_20250305ArgsSchema
					});
					anthropicTools.push({
						type: "web_search_20250305",
						name: "web_search",
						max_uses: args.maxUses,
						allowed_domains: args.allowedDomains,
						blocked_domains: args.blockedDomains,
						user_location: args.userLocation,
						cache_control: void 0
					});
					break;
				}
				case "anthropic.web_search_20260209": {
					betas.add("code-execution-web-tools-2026-02-09");
					const args = await (0,provider_utils_dist/* validateTypes */.k5)({
						value: tool.args,
						schema: webSearch_20260209ArgsSchema
					});
					anthropicTools.push({
						type: "web_search_20260209",
						name: "web_search",
						max_uses: args.maxUses,
						allowed_domains: args.allowedDomains,
						blocked_domains: args.blockedDomains,
						user_location: args.userLocation,
						cache_control: void 0
					});
					break;
				}
				case "anthropic.web_search_20260318": {
					const args = await (0,provider_utils_dist/* validateTypes */.k5)({
						value: tool.args,
						schema: webSearch_20260318ArgsSchema
					});
					anthropicTools.push({
						type: "web_search_20260318",
						name: "web_search",
						max_uses: args.maxUses,
						allowed_domains: args.allowedDomains,
						blocked_domains: args.blockedDomains,
						user_location: args.userLocation,
						response_inclusion: args.responseInclusion,
						cache_control: void 0
					});
					break;
				}
				case "anthropic.tool_search_regex_20251119":
					anthropicTools.push({
						type: "tool_search_tool_regex_20251119",
						name: "tool_search_tool_regex"
					});
					break;
				case "anthropic.tool_search_bm25_20251119":
					anthropicTools.push({
						type: "tool_search_tool_bm25_20251119",
						name: "tool_search_tool_bm25"
					});
					break;
				case "anthropic.advisor_20260301": {
					betas.add("advisor-tool-2026-03-01");
					const args = await (0,provider_utils_dist/* validateTypes */.k5)({
						value: tool.args,
						schema: advisor_20260301ArgsSchema
					});
					anthropicTools.push({
						type: "advisor_20260301",
						name: "advisor",
						model: args.model,
						...args.maxUses !== void 0 && { max_uses: args.maxUses },
						...args.maxTokens !== void 0 && { max_tokens: args.maxTokens },
						...args.caching !== void 0 && { caching: args.caching }
					});
					break;
				}
				default: toolWarnings.push({
					type: "unsupported",
					feature: `provider-defined tool ${tool.id}`
				});
			}
			break;
		default: toolWarnings.push({
			type: "unsupported",
			feature: `tool ${tool}`
		});
	}
	const declaredTools = tools == null ? void 0 : anthropicTools;
	if (toolChoice == null) return {
		tools: declaredTools,
		toolChoice: disableParallelToolUse ? {
			type: "auto",
			disable_parallel_tool_use: disableParallelToolUse
		} : void 0,
		toolWarnings,
		betas
	};
	const type = toolChoice.type;
	switch (type) {
		case "auto": return {
			tools: declaredTools,
			toolChoice: {
				type: "auto",
				disable_parallel_tool_use: disableParallelToolUse
			},
			toolWarnings,
			betas
		};
		case "required":
			if (rejectsForcedToolUse) {
				toolWarnings.push({
					type: "unsupported",
					feature: "toolChoice",
					details: "toolChoice 'required' is not supported with this model or thinking configuration. Using 'auto' instead. Instruct the model to use a tool in the prompt and verify that a tool call was made."
				});
				return {
					tools: declaredTools,
					toolChoice: {
						type: "auto",
						disable_parallel_tool_use: disableParallelToolUse
					},
					toolWarnings,
					betas
				};
			}
			return {
				tools: declaredTools,
				toolChoice: {
					type: "any",
					disable_parallel_tool_use: disableParallelToolUse
				},
				toolWarnings,
				betas
			};
		case "none": return {
			tools: declaredTools,
			toolChoice: { type: "none" },
			toolWarnings,
			betas
		};
		case "tool":
			if (rejectsForcedToolUse) {
				toolWarnings.push({
					type: "unsupported",
					feature: "toolChoice",
					details: `toolChoice 'tool' is not supported with this model or thinking configuration. Only the '${toolChoice.toolName}' tool is sent with 'auto' tool choice. Instruct the model to use the tool in the prompt and verify that a tool call was made.`
				});
				return {
					tools: declaredTools?.filter((tool) => "name" in tool && tool.name === toolChoice.toolName),
					toolChoice: {
						type: "auto",
						disable_parallel_tool_use: disableParallelToolUse
					},
					toolWarnings,
					betas
				};
			}
			return {
				tools: declaredTools,
				toolChoice: {
					type: "tool",
					name: toolChoice.toolName,
					disable_parallel_tool_use: disableParallelToolUse
				},
				toolWarnings,
				betas
			};
		default: throw new dist/* UnsupportedFunctionalityError */.b8({ functionality: `tool choice type: ${type}` });
	}
}
//#endregion
//#region src/convert-anthropic-usage.ts
function convertAnthropicUsage({ usage, rawUsage }) {
	const cacheCreationTokens = usage.cache_creation_input_tokens ?? 0;
	const cacheReadTokens = usage.cache_read_input_tokens ?? 0;
	const reasoningTokens = usage.output_tokens_details?.thinking_tokens ?? void 0;
	let inputTokens;
	let outputTokens;
	const servedByFallback = usage.iterations?.some((iter) => iter.type === "fallback_message");
	if (usage.iterations && usage.iterations.length > 0 && !servedByFallback) {
		const executorIterations = usage.iterations.filter((iter) => iter.type === "compaction" || iter.type === "message");
		if (executorIterations.length > 0) {
			const totals = executorIterations.reduce((acc, iter) => ({
				input: acc.input + iter.input_tokens,
				output: acc.output + iter.output_tokens
			}), {
				input: 0,
				output: 0
			});
			inputTokens = totals.input;
			outputTokens = totals.output;
		} else {
			inputTokens = usage.input_tokens;
			outputTokens = usage.output_tokens;
		}
	} else {
		inputTokens = usage.input_tokens;
		outputTokens = usage.output_tokens;
	}
	return {
		inputTokens: {
			total: inputTokens + cacheCreationTokens + cacheReadTokens,
			noCache: inputTokens,
			cacheRead: cacheReadTokens,
			cacheWrite: cacheCreationTokens
		},
		outputTokens: {
			total: outputTokens,
			text: reasoningTokens == null ? void 0 : outputTokens - reasoningTokens,
			reasoning: reasoningTokens
		},
		raw: rawUsage ?? usage
	};
}
//#endregion
//#region src/tool/code-execution_20250522.ts
const codeExecution_20250522OutputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	type: schemas/* literal */.euz("code_execution_result"),
	stdout: schemas/* string */.YjP(),
	stderr: schemas/* string */.YjP(),
	return_code: schemas/* number */.aig(),
	content: schemas/* array */.YOg(schemas/* object */.Ikc({
		type: schemas/* literal */.euz("code_execution_output"),
		file_id: schemas/* string */.YjP()
	})).optional().default([])
})));
const codeExecution_20250522InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({ code: schemas/* string */.YjP() })));
const factory$4 = (0,provider_utils_dist/* createProviderExecutedToolFactory */.z)({
	id: "anthropic.code_execution_20250522",
	inputSchema: codeExecution_20250522InputSchema,
	outputSchema: codeExecution_20250522OutputSchema
});
const codeExecution_20250522 = (args = {}) => {
	return factory$4(args);
};
//#endregion
//#region src/tool/code-execution_20250825.ts
const codeExecution_20250825OutputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* discriminatedUnion */.gMt("type", [
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("code_execution_result"),
		stdout: schemas/* string */.YjP(),
		stderr: schemas/* string */.YjP(),
		return_code: schemas/* number */.aig(),
		content: schemas/* array */.YOg(schemas/* object */.Ikc({
			type: schemas/* literal */.euz("code_execution_output"),
			file_id: schemas/* string */.YjP()
		})).optional().default([])
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("bash_code_execution_result"),
		content: schemas/* array */.YOg(schemas/* object */.Ikc({
			type: schemas/* literal */.euz("bash_code_execution_output"),
			file_id: schemas/* string */.YjP()
		})),
		stdout: schemas/* string */.YjP(),
		stderr: schemas/* string */.YjP(),
		return_code: schemas/* number */.aig()
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("bash_code_execution_tool_result_error"),
		error_code: schemas/* string */.YjP()
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("text_editor_code_execution_tool_result_error"),
		error_code: schemas/* string */.YjP()
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("text_editor_code_execution_view_result"),
		content: schemas/* string */.YjP(),
		file_type: schemas/* string */.YjP(),
		num_lines: schemas/* number */.aig().nullable(),
		start_line: schemas/* number */.aig().nullable(),
		total_lines: schemas/* number */.aig().nullable()
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("text_editor_code_execution_create_result"),
		is_file_update: schemas/* boolean */.zMY()
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("text_editor_code_execution_str_replace_result"),
		lines: schemas/* array */.YOg(schemas/* string */.YjP()).nullable(),
		new_lines: schemas/* number */.aig().nullable(),
		new_start: schemas/* number */.aig().nullable(),
		old_lines: schemas/* number */.aig().nullable(),
		old_start: schemas/* number */.aig().nullable()
	})
])));
const codeExecution_20250825InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* discriminatedUnion */.gMt("type", [
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("programmatic-tool-call"),
		code: schemas/* string */.YjP()
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("bash_code_execution"),
		command: schemas/* string */.YjP()
	}),
	schemas/* discriminatedUnion */.gMt("command", [
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("text_editor_code_execution"),
			command: schemas/* literal */.euz("view"),
			path: schemas/* string */.YjP()
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("text_editor_code_execution"),
			command: schemas/* literal */.euz("create"),
			path: schemas/* string */.YjP(),
			file_text: schemas/* string */.YjP().nullish()
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("text_editor_code_execution"),
			command: schemas/* literal */.euz("str_replace"),
			path: schemas/* string */.YjP(),
			old_str: schemas/* string */.YjP(),
			new_str: schemas/* string */.YjP()
		})
	])
])));
const factory$3 = (0,provider_utils_dist/* createProviderExecutedToolFactory */.z)({
	id: "anthropic.code_execution_20250825",
	inputSchema: codeExecution_20250825InputSchema,
	outputSchema: codeExecution_20250825OutputSchema,
	supportsDeferredResults: true
});
const codeExecution_20250825 = (args = {}) => {
	return (0,provider_utils_dist/* experimental_toolCaller */.rV)(factory$3(args), {
		type: "provider",
		prepareProviderOptions: (providerOptions) => {
			const anthropicOptions = providerOptions?.anthropic;
			return {
				...providerOptions,
				anthropic: {
					...anthropicOptions,
					allowedCallers: [.../* @__PURE__ */ new Set([...anthropicOptions?.allowedCallers ?? [], "code_execution_20250825"])]
				}
			};
		}
	});
};
//#endregion
//#region src/tool/code-execution_20260120.ts
const codeExecution_20260120OutputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* discriminatedUnion */.gMt("type", [
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("code_execution_result"),
		stdout: schemas/* string */.YjP(),
		stderr: schemas/* string */.YjP(),
		return_code: schemas/* number */.aig(),
		content: schemas/* array */.YOg(schemas/* object */.Ikc({
			type: schemas/* literal */.euz("code_execution_output"),
			file_id: schemas/* string */.YjP()
		})).optional().default([])
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("encrypted_code_execution_result"),
		encrypted_stdout: schemas/* string */.YjP(),
		stderr: schemas/* string */.YjP(),
		return_code: schemas/* number */.aig(),
		content: schemas/* array */.YOg(schemas/* object */.Ikc({
			type: schemas/* literal */.euz("code_execution_output"),
			file_id: schemas/* string */.YjP()
		})).optional().default([])
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("bash_code_execution_result"),
		content: schemas/* array */.YOg(schemas/* object */.Ikc({
			type: schemas/* literal */.euz("bash_code_execution_output"),
			file_id: schemas/* string */.YjP()
		})),
		stdout: schemas/* string */.YjP(),
		stderr: schemas/* string */.YjP(),
		return_code: schemas/* number */.aig()
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("bash_code_execution_tool_result_error"),
		error_code: schemas/* string */.YjP()
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("text_editor_code_execution_tool_result_error"),
		error_code: schemas/* string */.YjP()
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("text_editor_code_execution_view_result"),
		content: schemas/* string */.YjP(),
		file_type: schemas/* string */.YjP(),
		num_lines: schemas/* number */.aig().nullable(),
		start_line: schemas/* number */.aig().nullable(),
		total_lines: schemas/* number */.aig().nullable()
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("text_editor_code_execution_create_result"),
		is_file_update: schemas/* boolean */.zMY()
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("text_editor_code_execution_str_replace_result"),
		lines: schemas/* array */.YOg(schemas/* string */.YjP()).nullable(),
		new_lines: schemas/* number */.aig().nullable(),
		new_start: schemas/* number */.aig().nullable(),
		old_lines: schemas/* number */.aig().nullable(),
		old_start: schemas/* number */.aig().nullable()
	})
])));
const codeExecution_20260120InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* discriminatedUnion */.gMt("type", [
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("programmatic-tool-call"),
		code: schemas/* string */.YjP()
	}),
	schemas/* object */.Ikc({
		type: schemas/* literal */.euz("bash_code_execution"),
		command: schemas/* string */.YjP()
	}),
	schemas/* discriminatedUnion */.gMt("command", [
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("text_editor_code_execution"),
			command: schemas/* literal */.euz("view"),
			path: schemas/* string */.YjP()
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("text_editor_code_execution"),
			command: schemas/* literal */.euz("create"),
			path: schemas/* string */.YjP(),
			file_text: schemas/* string */.YjP().nullish()
		}),
		schemas/* object */.Ikc({
			type: schemas/* literal */.euz("text_editor_code_execution"),
			command: schemas/* literal */.euz("str_replace"),
			path: schemas/* string */.YjP(),
			old_str: schemas/* string */.YjP(),
			new_str: schemas/* string */.YjP()
		})
	])
])));
const factory$2 = (0,provider_utils_dist/* createProviderExecutedToolFactory */.z)({
	id: "anthropic.code_execution_20260120",
	inputSchema: codeExecution_20260120InputSchema,
	outputSchema: codeExecution_20260120OutputSchema,
	supportsDeferredResults: true
});
const codeExecution_20260120 = (args = {}) => {
	return (0,provider_utils_dist/* experimental_toolCaller */.rV)(factory$2(args), {
		type: "provider",
		prepareProviderOptions: (providerOptions) => {
			const anthropicOptions = providerOptions?.anthropic;
			return {
				...providerOptions,
				anthropic: {
					...anthropicOptions,
					allowedCallers: [.../* @__PURE__ */ new Set([...anthropicOptions?.allowedCallers ?? [], "code_execution_20260120"])]
				}
			};
		}
	});
};
//#endregion
//#region src/tool/tool-search-regex_20251119.ts
/**
* Output schema for tool search results - returns tool references
* that are automatically expanded into full tool definitions by the API.
*/
const toolSearchRegex_20251119OutputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* array */.YOg(schemas/* object */.Ikc({
	type: schemas/* literal */.euz("tool_reference"),
	toolName: schemas/* string */.YjP()
}))));
/**
* Input schema for regex-based tool search.
* Claude constructs regex patterns using Python's re.search() syntax.
*/
const toolSearchRegex_20251119InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	/**
	* A regex pattern to search for tools.
	* Uses Python re.search() syntax. Maximum 200 characters.
	*
	* Examples:
	* - "weather" - matches tool names/descriptions containing "weather"
	* - "get_.*_data" - matches tools like get_user_data, get_weather_data
	* - "database.*query|query.*database" - OR patterns for flexibility
	* - "(?i)slack" - case-insensitive search
	*/
	pattern: schemas/* string */.YjP(),
	/**
	* Maximum number of tools to return. Optional.
	*/
	limit: schemas/* number */.aig().optional()
})));
const factory$1 = (0,provider_utils_dist/* createProviderExecutedToolFactory */.z)({
	id: "anthropic.tool_search_regex_20251119",
	inputSchema: toolSearchRegex_20251119InputSchema,
	outputSchema: toolSearchRegex_20251119OutputSchema,
	supportsDeferredResults: true
});
/**
* Creates a tool search tool that uses regex patterns to find tools.
*
* The tool search tool enables Claude to work with hundreds or thousands of tools
* by dynamically discovering and loading them on-demand. Instead of loading all
* tool definitions into the context window upfront, Claude searches your tool
* catalog and loads only the tools it needs.
*
* When Claude uses this tool, it constructs regex patterns using Python's
* re.search() syntax (NOT natural language queries).
*
* **Important**: This tool should never have `deferLoading: true` in providerOptions.
*
* @example
* ```ts
* import { anthropicTools } from '@ai-sdk/anthropic';
*
* const tools = {
*   toolSearch: anthropicTools.toolSearchRegex_20251119(),
*   // Other tools with deferLoading...
* };
* ```
*
* @see https://docs.anthropic.com/en/docs/agents-and-tools/tool-search-tool
*/
const toolSearchRegex_20251119 = (args = {}) => {
	return factory$1(args);
};
//#endregion
//#region src/convert-to-anthropic-prompt.ts
function convertBytesDataToString(data) {
	if (typeof data === "string") return new TextDecoder().decode(convertBase64ToUint8Array(data));
	return new TextDecoder().decode(data);
}
/**
* Extract error information from a provider tool error result value.
* Handles both stringified JSON and plain object forms.
*/
function extractErrorValue(value) {
	try {
		if (typeof value === "string") return secureJsonParse(value);
		else if (typeof value === "object" && value !== null) return value;
	} catch {
		const extractedErrorCode = value?.errorCode;
		return { errorCode: typeof extractedErrorCode === "string" ? extractedErrorCode : "unavailable" };
	}
	return {};
}
function isComputerTool(tool) {
	return tool.type === "provider" && tool.id.startsWith("anthropic.computer_");
}
/**
* Collects the tools that mid-conversation tool changes add by value, so they
* can take part in tool name mapping like the tools of the `tools` option.
* Tools that cannot be added by value are left out because they are ignored.
*/
async function getInlineToolsFromPrompt(prompt) {
	const inlineTools = [];
	for (const message of prompt) {
		if (message.role !== "system" || message.providerOptions == null) continue;
		const options = await parseProviderOptions({
			provider: "anthropic",
			providerOptions: message.providerOptions,
			schema: anthropicSystemMessageProviderOptions
		});
		for (const toolChange of options?.toolChanges ?? []) if ("tool" in toolChange) {
			const tool = toolChange.tool;
			if (!isComputerTool(tool)) inlineTools.push(tool);
		}
	}
	return inlineTools;
}
async function convertToAnthropicPrompt({ prompt, sendReasoning, warnings, cacheControlValidator, toolNameMapping, toolsetNames = {}, convertMediaPart, convertInlineTool, keepMidConversationSystemMessages = false }) {
	const betas = /* @__PURE__ */ new Set();
	const blocks = groupIntoBlocks(prompt);
	const validator = cacheControlValidator || new CacheControlValidator();
	let system = void 0;
	const messages = [];
	let lastUserMessageIndex = -1;
	async function shouldEnableCitations(providerMetadata) {
		return (await parseProviderOptions({
			provider: "anthropic",
			providerOptions: providerMetadata,
			schema: anthropicFilePartProviderOptions
		}))?.citations?.enabled ?? false;
	}
	async function shouldUseContainerUpload(providerMetadata) {
		return (await parseProviderOptions({
			provider: "anthropic",
			providerOptions: providerMetadata,
			schema: anthropicFilePartProviderOptions
		}))?.containerUpload ?? false;
	}
	async function getDocumentMetadata(providerMetadata) {
		const anthropicOptions = await parseProviderOptions({
			provider: "anthropic",
			providerOptions: providerMetadata,
			schema: anthropicFilePartProviderOptions
		});
		return {
			title: anthropicOptions?.title,
			context: anthropicOptions?.context
		};
	}
	for (let i = 0; i < blocks.length; i++) {
		const block = blocks[i];
		const isLastBlock = i === blocks.length - 1;
		const type = block.type;
		switch (type) {
			case "system": {
				const convertedMessages = [];
				for (const { content: text, providerOptions } of block.messages) {
					const systemMessageOptions = await parseProviderOptions({
						provider: "anthropic",
						providerOptions,
						schema: anthropicSystemMessageProviderOptions
					});
					const toolChanges = systemMessageOptions?.toolChanges ?? [];
					const content = [];
					const emitsText = text !== "" || toolChanges.length === 0 && systemMessageOptions?.clearAt == null && systemMessageOptions?.effort == null;
					if (emitsText) content.push({
						type: "text",
						text,
						cache_control: validator.getCacheControl(providerOptions, {
							type: "system message",
							canCache: true
						})
					});
					let toolChangeCount = 0;
					let hasInlineToolDefinition = false;
					for (const toolChange of toolChanges) {
						if ("tool" in toolChange) {
							if (convertInlineTool == null) throw new UnsupportedFunctionalityError({ functionality: "tool additions by value in mid-conversation tool changes" });
							const tool = toolChange.tool;
							if (isComputerTool(tool)) {
								warnings.push({
									type: "other",
									message: `The tool '${tool.name}' cannot be added by value in a tool change. Declare it in the tools option and add it by reference with toolName. The tool change has been ignored.`
								});
								continue;
							}
							const { definition, warnings: toolWarnings, betas: toolBetas } = await convertInlineTool(tool);
							warnings.push(...toolWarnings);
							for (const beta of toolBetas) betas.add(beta);
							if (definition == null) continue;
							content.push({
								type: "tool_addition",
								tool: {
									type: "tool_definition",
									definition
								}
							});
							toolChangeCount++;
							hasInlineToolDefinition = true;
							continue;
						}
						content.push({
							type: toolChange.type,
							tool: {
								type: "tool_reference",
								name: toolNameMapping.toProviderToolName(toolChange.toolName)
							}
						});
						toolChangeCount++;
					}
					const lastToolChange = content.at(-1);
					const definesOwnCacheControl = lastToolChange?.type === "tool_addition" && lastToolChange.tool.type === "tool_definition" && "cache_control" in lastToolChange.tool.definition && lastToolChange.tool.definition.cache_control != null;
					if (!emitsText && lastToolChange != null && !definesOwnCacheControl) {
						const cacheControl = validator.getCacheControl(providerOptions, {
							type: "system message",
							canCache: true
						});
						if (cacheControl != null) lastToolChange.cache_control = cacheControl;
					}
					if (content.length === 0 && systemMessageOptions?.clearAt == null && systemMessageOptions?.effort == null) continue;
					convertedMessages.push({
						content,
						clearAt: systemMessageOptions?.clearAt,
						effort: systemMessageOptions?.effort,
						toolChangeCount,
						hasInlineToolDefinition
					});
				}
				const toolChangeCount = convertedMessages.reduce((count, message) => count + message.toolChangeCount, 0);
				const hasInlineSystemOptions = convertedMessages.some((message) => message.clearAt != null || message.effort != null);
				if (i === 0 || !keepMidConversationSystemMessages && system == null && toolChangeCount === 0 && !hasInlineSystemOptions) {
					if (toolChangeCount > 0) warnings.push({
						type: "other",
						message: "tool changes on the initial system message are not supported by Anthropic. Configure the initial tool set via the tools option instead. The tool changes have been ignored."
					});
					for (const message of convertedMessages) if (message.content.length === 0 && message.clearAt == null && message.effort != null) {
						messages.push({
							role: "system",
							content: [],
							output_config: { effort: message.effort }
						});
						betas.add("mid-conversation-output-config-2026-07-01");
					} else if (message.clearAt != null || message.effort != null) warnings.push({
						type: "other",
						message: "clearAt and effort on this initial system message are not supported by Anthropic. Use a separate effort-only system message with empty content to set effort. These options have been ignored."
					});
					system = convertedMessages.flatMap((message) => message.content.filter((part) => part.type === "text"));
				} else {
					betas.add("mid-conversation-system-2026-04-07");
					for (const message of convertedMessages) {
						messages.push({
							role: "system",
							content: message.content,
							...message.clearAt != null && { clear_at: message.clearAt },
							...message.effort != null && { output_config: { effort: message.effort } }
						});
						if (message.hasInlineToolDefinition) betas.add("inline-tools-2026-09-15");
						else if (message.toolChangeCount > 0) betas.add("mid-conversation-tool-changes-2026-07-01");
						if (message.clearAt != null) betas.add("mid-conversation-system-clear-at-2026-08-21");
						if (message.effort != null) betas.add("mid-conversation-output-config-2026-07-01");
					}
				}
				break;
			}
			case "user": {
				const anthropicContent = [];
				for (const message of block.messages) {
					const { role, content } = message;
					switch (role) {
						case "user":
							if (content.length > 0) lastUserMessageIndex = messages.length;
							for (let j = 0; j < content.length; j++) {
								const part = content[j];
								const isLastPart = j === content.length - 1;
								const cacheControl = validator.getCacheControl(part.providerOptions, {
									type: "user message part",
									canCache: true
								}) ?? (isLastPart ? validator.getCacheControl(message.providerOptions, {
									type: "user message",
									canCache: true
								}) : void 0);
								switch (part.type) {
									case "text":
										anthropicContent.push({
											type: "text",
											text: part.text,
											cache_control: cacheControl
										});
										break;
									case "file": {
										const convertedPart = await convertMediaPart?.(part);
										if (convertedPart != null) {
											anthropicContent.push({
												...convertedPart,
												cache_control: cacheControl
											});
											break;
										}
										switch (part.data.type) {
											case "reference": {
												const fileId = resolveProviderReference({
													reference: part.data.reference,
													provider: "anthropic"
												});
												betas.add("files-api-2025-04-14");
												if (await shouldUseContainerUpload(part.providerOptions)) anthropicContent.push({
													type: "container_upload",
													file_id: fileId
												});
												else if (getTopLevelMediaType(part.mediaType) === "image") anthropicContent.push({
													type: "image",
													source: {
														type: "file",
														file_id: fileId
													},
													cache_control: cacheControl
												});
												else anthropicContent.push({
													type: "document",
													source: {
														type: "file",
														file_id: fileId
													},
													cache_control: cacheControl
												});
												break;
											}
											case "text": {
												const enableCitations = await shouldEnableCitations(part.providerOptions);
												const metadata = await getDocumentMetadata(part.providerOptions);
												anthropicContent.push({
													type: "document",
													source: {
														type: "text",
														media_type: "text/plain",
														data: part.data.text
													},
													title: metadata.title ?? part.filename,
													...metadata.context && { context: metadata.context },
													...enableCitations && { citations: { enabled: true } },
													cache_control: cacheControl
												});
												break;
											}
											case "url":
											case "data": {
												const topLevel = getTopLevelMediaType(part.mediaType);
												if (topLevel === "image") anthropicContent.push({
													type: "image",
													source: part.data.type === "url" ? {
														type: "url",
														url: part.data.url.toString()
													} : {
														type: "base64",
														media_type: resolveFullMediaType({ part }),
														data: convertToBase64(part.data.data)
													},
													cache_control: cacheControl
												});
												else if (topLevel === "application" && (part.data.type === "url" ? part.mediaType === "application/pdf" : resolveFullMediaType({ part }) === "application/pdf")) {
													betas.add("pdfs-2024-09-25");
													const enableCitations = await shouldEnableCitations(part.providerOptions);
													const metadata = await getDocumentMetadata(part.providerOptions);
													anthropicContent.push({
														type: "document",
														source: part.data.type === "url" ? {
															type: "url",
															url: part.data.url.toString()
														} : {
															type: "base64",
															media_type: "application/pdf",
															data: convertToBase64(part.data.data)
														},
														title: metadata.title ?? part.filename,
														...metadata.context && { context: metadata.context },
														...enableCitations && { citations: { enabled: true } },
														cache_control: cacheControl
													});
												} else if (part.mediaType === "text/plain") {
													const enableCitations = await shouldEnableCitations(part.providerOptions);
													const metadata = await getDocumentMetadata(part.providerOptions);
													anthropicContent.push({
														type: "document",
														source: part.data.type === "url" ? {
															type: "url",
															url: part.data.url.toString()
														} : {
															type: "text",
															media_type: "text/plain",
															data: convertBytesDataToString(part.data.data)
														},
														title: metadata.title ?? part.filename,
														...metadata.context && { context: metadata.context },
														...enableCitations && { citations: { enabled: true } },
														cache_control: cacheControl
													});
												} else throw new UnsupportedFunctionalityError({ functionality: `media type: ${part.mediaType}` });
												break;
											}
										}
										break;
									}
								}
							}
							break;
						case "tool":
							for (let i = 0; i < content.length; i++) {
								const part = content[i];
								if (part.type === "tool-approval-response") continue;
								const output = part.output;
								const outputProviderOptions = "providerOptions" in output ? output.providerOptions : output.type === "content" ? output.value.find((contentPart) => contentPart.providerOptions != null)?.providerOptions : void 0;
								const isLastPart = i === content.length - 1;
								const cacheControl = validator.getCacheControl(part.providerOptions, {
									type: "tool result part",
									canCache: true
								}) ?? validator.getCacheControl(outputProviderOptions, {
									type: "tool result output",
									canCache: true
								}) ?? (isLastPart ? validator.getCacheControl(message.providerOptions, {
									type: "tool result message",
									canCache: true
								}) : void 0);
								let contentValue;
								switch (output.type) {
									case "content":
										contentValue = output.value.map((contentPart) => {
											switch (contentPart.type) {
												case "text": return {
													type: "text",
													text: contentPart.text
												};
												case "file": {
													const topLevel = getTopLevelMediaType(contentPart.mediaType);
													if (contentPart.data.type === "reference") {
														const fileId = resolveProviderReference({
															reference: contentPart.data.reference,
															provider: "anthropic"
														});
														betas.add("files-api-2025-04-14");
														if (topLevel === "image") return {
															type: "image",
															source: {
																type: "file",
																file_id: fileId
															}
														};
														return {
															type: "document",
															source: {
																type: "file",
																file_id: fileId
															}
														};
													}
													if (contentPart.data.type === "url") {
														if (topLevel === "image") return {
															type: "image",
															source: {
																type: "url",
																url: contentPart.data.url.toString()
															}
														};
														return {
															type: "document",
															source: {
																type: "url",
																url: contentPart.data.url.toString()
															}
														};
													}
													if (contentPart.data.type === "data") {
														if (topLevel === "image") return {
															type: "image",
															source: {
																type: "base64",
																media_type: resolveFullMediaType({ part: contentPart }),
																data: convertToBase64(contentPart.data.data)
															}
														};
														if (resolveFullMediaType({ part: contentPart }) === "application/pdf") {
															betas.add("pdfs-2024-09-25");
															return {
																type: "document",
																source: {
																	type: "base64",
																	media_type: "application/pdf",
																	data: convertToBase64(contentPart.data.data)
																}
															};
														}
														warnings.push({
															type: "other",
															message: `unsupported tool content part type: ${contentPart.type} with media type: ${contentPart.mediaType}`
														});
														return;
													}
													warnings.push({
														type: "other",
														message: `unsupported tool content part type: ${contentPart.type} with data type: ${contentPart.data.type}`
													});
													return;
												}
												case "custom": {
													const anthropicOptions = contentPart.providerOptions?.anthropic;
													if (anthropicOptions?.type === "tool-reference") return {
														type: "tool_reference",
														tool_name: anthropicOptions.toolName
													};
													warnings.push({
														type: "other",
														message: `unsupported custom tool content part`
													});
													return;
												}
												default:
													warnings.push({
														type: "other",
														message: `unsupported tool content part type: ${contentPart.type}`
													});
													return;
											}
										}).filter(isNonNullable);
										break;
									case "text":
									case "error-text":
										contentValue = output.value;
										break;
									case "execution-denied":
										contentValue = output.reason ?? "Tool call execution denied.";
										break;
									default: contentValue = stringifyWithBigIntAndCycles(output.value);
								}
								const toolsetName = getAnthropicToolsetName({
									toolName: part.toolName,
									providerOptions: part.providerOptions,
									toolsetNames
								});
								anthropicContent.push({
									type: "tool_result",
									tool_use_id: part.toolCallId,
									...toolsetName != null && { toolset_name: toolsetName },
									content: contentValue,
									is_error: output.type === "error-text" || output.type === "error-json" ? true : void 0,
									cache_control: cacheControl
								});
							}
							break;
						default: throw new Error(`Unsupported role: ${role}`);
					}
				}
				messages.push({
					role: "user",
					content: anthropicContent
				});
				break;
			}
			case "assistant": {
				const anthropicContent = [];
				const mcpToolUseIds = /* @__PURE__ */ new Set();
				for (let j = 0; j < block.messages.length; j++) {
					const message = block.messages[j];
					const isLastMessage = j === block.messages.length - 1;
					const content = message.content.filter((part) => part.type !== "text" || part.text.length > 0);
					for (let k = 0; k < content.length; k++) {
						const part = content[k];
						const isLastContentPart = k === content.length - 1;
						const cacheControl = validator.getCacheControl(part.providerOptions, {
							type: "assistant message part",
							canCache: true
						}) ?? (isLastContentPart ? validator.getCacheControl(message.providerOptions, {
							type: "assistant message",
							canCache: true
						}) : void 0);
						switch (part.type) {
							case "text": {
								const textMetadata = part.providerOptions?.anthropic;
								if (textMetadata?.type === "compaction") {
									if (part.text === "") break;
									if (typeof textMetadata.signature === "string") betas.add("compact-2026-09-04");
									anthropicContent.push({
										type: "compaction",
										content: part.text,
										...typeof textMetadata.signature === "string" && { signature: textMetadata.signature },
										cache_control: cacheControl
									});
								} else anthropicContent.push({
									type: "text",
									text: isLastBlock && isLastMessage && isLastContentPart ? part.text.trim() : part.text,
									...textMetadata?.citations != null && { citations: textMetadata.citations },
									cache_control: cacheControl
								});
								break;
							}
							case "reasoning":
								if (sendReasoning) {
									const reasoningMetadata = await parseProviderOptions({
										provider: "anthropic",
										providerOptions: part.providerOptions,
										schema: anthropicReasoningMetadataSchema
									});
									if (reasoningMetadata != null) {
										if (reasoningMetadata.signature != null) {
											validator.getCacheControl(part.providerOptions, {
												type: "thinking block",
												canCache: false
											});
											anthropicContent.push({
												type: "thinking",
												thinking: part.text,
												signature: reasoningMetadata.signature
											});
										} else if (reasoningMetadata.redactedData != null) {
											validator.getCacheControl(part.providerOptions, {
												type: "redacted thinking block",
												canCache: false
											});
											anthropicContent.push({
												type: "redacted_thinking",
												data: reasoningMetadata.redactedData
											});
										} else warnings.push({
											type: "other",
											message: "unsupported reasoning metadata"
										});
									} else warnings.push({
										type: "other",
										message: "unsupported reasoning metadata"
									});
								} else warnings.push({
									type: "other",
									message: "sending reasoning content is disabled for this model"
								});
								break;
							case "custom": {
								if (part.kind !== "anthropic.fallback") break;
								const fallbackMetadata = await safeValidateTypes({
									value: part.providerOptions?.anthropic,
									schema: anthropicFallbackContentSchemaValidator
								});
								if (!fallbackMetadata.success) {
									warnings.push({
										type: "other",
										message: "anthropic fallback metadata must include from.model and to.model"
									});
									break;
								}
								betas.add("server-side-fallback-2026-06-01");
								anthropicContent.push({
									type: "fallback",
									from: fallbackMetadata.value.from,
									to: fallbackMetadata.value.to
								});
								break;
							}
							case "tool-call": {
								const caller = getAnthropicCaller(part.providerOptions);
								if (part.providerExecuted) {
									const providerToolName = toolNameMapping.toProviderToolName(part.toolName);
									if (part.providerOptions?.anthropic?.type === "mcp-tool-use") {
										mcpToolUseIds.add(part.toolCallId);
										const serverName = part.providerOptions?.anthropic?.serverName;
										if (serverName == null || typeof serverName !== "string") {
											warnings.push({
												type: "other",
												message: "mcp tool use server name is required and must be a string"
											});
											break;
										}
										anthropicContent.push({
											type: "mcp_tool_use",
											id: part.toolCallId,
											name: part.toolName,
											input: part.input,
											server_name: serverName,
											cache_control: cacheControl
										});
									} else if (providerToolName === "code_execution" && part.input != null && typeof part.input === "object" && "type" in part.input && typeof part.input.type === "string" && (part.input.type === "bash_code_execution" || part.input.type === "text_editor_code_execution")) {
										const { type: codeExecutionType, ...inputWithoutType } = part.input;
										anthropicContent.push({
											type: "server_tool_use",
											id: part.toolCallId,
											name: codeExecutionType,
											input: inputWithoutType,
											...caller && { caller },
											cache_control: cacheControl
										});
									} else if (providerToolName === "code_execution" && part.input != null && typeof part.input === "object" && "type" in part.input && part.input.type === "programmatic-tool-call") {
										const { type: _, ...inputWithoutType } = part.input;
										anthropicContent.push({
											type: "server_tool_use",
											id: part.toolCallId,
											name: "code_execution",
											input: inputWithoutType,
											...caller && { caller },
											cache_control: cacheControl
										});
									} else if (providerToolName === "code_execution" || providerToolName === "web_fetch" || providerToolName === "web_search") anthropicContent.push({
										type: "server_tool_use",
										id: part.toolCallId,
										name: providerToolName,
										input: part.input,
										...caller && { caller },
										cache_control: cacheControl
									});
									else if (providerToolName === "tool_search_tool_regex" || providerToolName === "tool_search_tool_bm25") anthropicContent.push({
										type: "server_tool_use",
										id: part.toolCallId,
										name: providerToolName,
										input: part.input,
										...caller && { caller },
										cache_control: cacheControl
									});
									else if (providerToolName === "advisor") anthropicContent.push({
										type: "server_tool_use",
										id: part.toolCallId,
										name: "advisor",
										input: {},
										...caller && { caller },
										cache_control: cacheControl
									});
									else warnings.push({
										type: "other",
										message: `provider executed tool call for tool ${part.toolName} is not supported`
									});
									break;
								}
								const toolsetName = getAnthropicToolsetName({
									toolName: part.toolName,
									providerOptions: part.providerOptions,
									toolsetNames
								});
								if (toolsetName != null) {
									const rawInput = toAnthropicToolInput(part.input);
									const { action } = rawInput;
									const hasAction = typeof action === "string";
									if (!hasAction) warnings.push({
										type: "other",
										message: `toolset tool call for tool ${part.toolName} is missing the action`
									});
									anthropicContent.push({
										type: "tool_use",
										id: part.toolCallId,
										name: hasAction ? action : toolsetName,
										toolset_name: toolsetName,
										input: rawInput,
										...caller && { caller },
										cache_control: cacheControl
									});
									break;
								}
								anthropicContent.push({
									type: "tool_use",
									id: part.toolCallId,
									name: part.toolName,
									input: toAnthropicToolInput(part.input),
									...caller && { caller },
									cache_control: cacheControl
								});
								break;
							}
							case "tool-result": {
								const providerToolName = toolNameMapping.toProviderToolName(part.toolName);
								const caller = getAnthropicCaller(part.providerOptions);
								if (mcpToolUseIds.has(part.toolCallId)) {
									const output = part.output;
									if (output.type !== "json" && output.type !== "error-json") {
										warnings.push({
											type: "other",
											message: `provider executed tool result output type ${output.type} for tool ${part.toolName} is not supported`
										});
										break;
									}
									anthropicContent.push({
										type: "mcp_tool_result",
										tool_use_id: part.toolCallId,
										is_error: output.type === "error-json",
										content: output.value,
										cache_control: cacheControl
									});
								} else if (providerToolName === "code_execution") {
									const output = part.output;
									if (output.type === "error-text" || output.type === "error-json") {
										let errorInfo = {};
										try {
											if (typeof output.value === "string") errorInfo = secureJsonParse(output.value);
											else if (typeof output.value === "object" && output.value !== null) errorInfo = output.value;
										} catch {}
										if (errorInfo.type === "code_execution_tool_result_error") anthropicContent.push({
											type: "code_execution_tool_result",
											tool_use_id: part.toolCallId,
											content: {
												type: "code_execution_tool_result_error",
												error_code: errorInfo.errorCode ?? "unknown"
											},
											cache_control: cacheControl
										});
										else anthropicContent.push({
											type: "bash_code_execution_tool_result",
											tool_use_id: part.toolCallId,
											cache_control: cacheControl,
											content: {
												type: "bash_code_execution_tool_result_error",
												error_code: errorInfo.errorCode ?? "unknown"
											}
										});
										break;
									}
									if (output.type !== "json") {
										warnings.push({
											type: "other",
											message: `provider executed tool result output type ${output.type} for tool ${part.toolName} is not supported`
										});
										break;
									}
									if (output.value == null || typeof output.value !== "object" || !("type" in output.value) || typeof output.value.type !== "string") {
										warnings.push({
											type: "other",
											message: `provider executed tool result output value is not a valid code execution result for tool ${part.toolName}`
										});
										break;
									}
									if (output.value.type === "code_execution_result") {
										const codeExecutionOutput = await validateTypes({
											value: output.value,
											schema: codeExecution_20250522OutputSchema
										});
										anthropicContent.push({
											type: "code_execution_tool_result",
											tool_use_id: part.toolCallId,
											content: {
												type: codeExecutionOutput.type,
												stdout: codeExecutionOutput.stdout,
												stderr: codeExecutionOutput.stderr,
												return_code: codeExecutionOutput.return_code,
												content: codeExecutionOutput.content ?? []
											},
											cache_control: cacheControl
										});
									} else if (output.value.type === "encrypted_code_execution_result") {
										const codeExecutionOutput = await validateTypes({
											value: output.value,
											schema: codeExecution_20260120OutputSchema
										});
										if (codeExecutionOutput.type === "encrypted_code_execution_result") anthropicContent.push({
											type: "code_execution_tool_result",
											tool_use_id: part.toolCallId,
											content: {
												type: codeExecutionOutput.type,
												encrypted_stdout: codeExecutionOutput.encrypted_stdout,
												stderr: codeExecutionOutput.stderr,
												return_code: codeExecutionOutput.return_code,
												content: codeExecutionOutput.content ?? []
											},
											cache_control: cacheControl
										});
									} else {
										const codeExecutionOutput = await validateTypes({
											value: output.value,
											schema: codeExecution_20250825OutputSchema
										});
										if (codeExecutionOutput.type === "code_execution_result") anthropicContent.push({
											type: "code_execution_tool_result",
											tool_use_id: part.toolCallId,
											content: {
												type: codeExecutionOutput.type,
												stdout: codeExecutionOutput.stdout,
												stderr: codeExecutionOutput.stderr,
												return_code: codeExecutionOutput.return_code,
												content: codeExecutionOutput.content ?? []
											},
											cache_control: cacheControl
										});
										else if (codeExecutionOutput.type === "bash_code_execution_result" || codeExecutionOutput.type === "bash_code_execution_tool_result_error") anthropicContent.push({
											type: "bash_code_execution_tool_result",
											tool_use_id: part.toolCallId,
											cache_control: cacheControl,
											content: codeExecutionOutput.type === "bash_code_execution_result" ? {
												type: codeExecutionOutput.type,
												stdout: codeExecutionOutput.stdout,
												stderr: codeExecutionOutput.stderr,
												return_code: codeExecutionOutput.return_code,
												content: codeExecutionOutput.content
											} : codeExecutionOutput
										});
										else anthropicContent.push({
											type: "text_editor_code_execution_tool_result",
											tool_use_id: part.toolCallId,
											cache_control: cacheControl,
											content: codeExecutionOutput
										});
									}
									break;
								}
								if (providerToolName === "web_fetch") {
									const output = part.output;
									if (output.type === "error-json") {
										anthropicContent.push({
											type: "web_fetch_tool_result",
											tool_use_id: part.toolCallId,
											content: {
												type: "web_fetch_tool_result_error",
												error_code: extractErrorValue(output.value).errorCode ?? "unavailable"
											},
											...caller && { caller },
											cache_control: cacheControl
										});
										break;
									}
									if (output.type !== "json") {
										warnings.push({
											type: "other",
											message: `provider executed tool result output type ${output.type} for tool ${part.toolName} is not supported`
										});
										break;
									}
									const webFetchOutput = await validateTypes({
										value: output.value,
										schema: webFetch_20250910OutputSchema
									});
									anthropicContent.push({
										type: "web_fetch_tool_result",
										tool_use_id: part.toolCallId,
										content: {
											type: "web_fetch_result",
											url: webFetchOutput.url,
											retrieved_at: webFetchOutput.retrievedAt,
											content: {
												type: "document",
												title: webFetchOutput.content.title,
												citations: webFetchOutput.content.citations,
												source: {
													type: webFetchOutput.content.source.type,
													media_type: webFetchOutput.content.source.mediaType,
													data: webFetchOutput.content.source.data
												}
											}
										},
										...caller && { caller },
										cache_control: cacheControl
									});
									break;
								}
								if (providerToolName === "web_search") {
									const output = part.output;
									if (output.type === "error-json") {
										anthropicContent.push({
											type: "web_search_tool_result",
											tool_use_id: part.toolCallId,
											content: {
												type: "web_search_tool_result_error",
												error_code: extractErrorValue(output.value).errorCode ?? "unavailable"
											},
											...caller && { caller },
											cache_control: cacheControl
										});
										break;
									}
									if (output.type !== "json") {
										warnings.push({
											type: "other",
											message: `provider executed tool result output type ${output.type} for tool ${part.toolName} is not supported`
										});
										break;
									}
									const webSearchOutput = await validateTypes({
										value: output.value,
										schema: webSearch_20250305OutputSchema
									});
									anthropicContent.push({
										type: "web_search_tool_result",
										tool_use_id: part.toolCallId,
										content: webSearchOutput.map((result) => ({
											url: result.url,
											title: result.title,
											page_age: result.pageAge,
											encrypted_content: result.encryptedContent,
											type: result.type
										})),
										...caller && { caller },
										cache_control: cacheControl
									});
									break;
								}
								if (providerToolName === "tool_search_tool_regex" || providerToolName === "tool_search_tool_bm25") {
									const output = part.output;
									if (output.type === "error-json" || output.type === "json" && output.value != null && typeof output.value === "object" && !Array.isArray(output.value) && "type" in output.value && output.value.type === "tool_search_tool_result_error") {
										anthropicContent.push({
											type: "tool_search_tool_result",
											tool_use_id: part.toolCallId,
											content: {
												type: "tool_search_tool_result_error",
												error_code: extractErrorValue(output.value).errorCode ?? "unavailable"
											},
											cache_control: cacheControl
										});
										break;
									}
									if (output.type !== "json") {
										warnings.push({
											type: "other",
											message: `provider executed tool result output type ${output.type} for tool ${part.toolName} is not supported`
										});
										break;
									}
									const toolReferences = (await validateTypes({
										value: output.value,
										schema: toolSearchRegex_20251119OutputSchema
									})).map((ref) => ({
										type: "tool_reference",
										tool_name: ref.toolName
									}));
									anthropicContent.push({
										type: "tool_search_tool_result",
										tool_use_id: part.toolCallId,
										content: {
											type: "tool_search_tool_search_result",
											tool_references: toolReferences
										},
										cache_control: cacheControl
									});
									break;
								}
								if (providerToolName === "advisor") {
									const output = part.output;
									if (output.type !== "json" && output.type !== "error-json") {
										warnings.push({
											type: "other",
											message: `provider executed tool result output type ${output.type} for tool ${part.toolName} is not supported`
										});
										break;
									}
									const advisorOutput = await validateTypes({
										value: output.value,
										schema: advisor_20260301OutputSchema
									});
									if (advisorOutput.type === "advisor_result") anthropicContent.push({
										type: "advisor_tool_result",
										tool_use_id: part.toolCallId,
										content: {
											type: "advisor_result",
											text: advisorOutput.text,
											...advisorOutput.stopReason !== void 0 && { stop_reason: advisorOutput.stopReason }
										},
										cache_control: cacheControl
									});
									else if (advisorOutput.type === "advisor_redacted_result") anthropicContent.push({
										type: "advisor_tool_result",
										tool_use_id: part.toolCallId,
										content: {
											type: "advisor_redacted_result",
											encrypted_content: advisorOutput.encryptedContent,
											...advisorOutput.stopReason !== void 0 && { stop_reason: advisorOutput.stopReason }
										},
										cache_control: cacheControl
									});
									else anthropicContent.push({
										type: "advisor_tool_result",
										tool_use_id: part.toolCallId,
										content: {
											type: "advisor_tool_result_error",
											error_code: advisorOutput.errorCode
										},
										cache_control: cacheControl
									});
									break;
								}
								warnings.push({
									type: "other",
									message: `provider executed tool result for tool ${part.toolName} is not supported`
								});
								break;
							}
						}
					}
				}
				if (anthropicContent.length > 0) messages.push({
					role: "assistant",
					content: moveToolUseBlocksToEnd(anthropicContent)
				});
				break;
			}
			default: throw new Error(`content type: ${type}`);
		}
	}
	const codeExecutionToolCallIds = /* @__PURE__ */ new Set();
	for (const message of messages) {
		if (message.role !== "assistant") continue;
		for (const part of message.content) if (part.type === "server_tool_use" && part.name === "code_execution") codeExecutionToolCallIds.add(part.id);
	}
	const warnedToolCallIds = /* @__PURE__ */ new Set();
	for (let i = 0; i < lastUserMessageIndex; i++) {
		const message = messages[i];
		if (message.role !== "assistant") continue;
		for (const part of message.content) {
			if (!("caller" in part)) continue;
			const caller = part.caller;
			if (caller == null || caller.type === "direct" || codeExecutionToolCallIds.has(caller.tool_id)) continue;
			const toolCallId = "id" in part ? part.id : part.tool_use_id;
			delete part.caller;
			if (!warnedToolCallIds.has(toolCallId)) {
				warnedToolCallIds.add(toolCallId);
				warnings.push({
					type: "other",
					message: `Omitted caller metadata for tool ${toolCallId} because source code execution tool ${caller.tool_id} is missing from the conversation history.`
				});
			}
		}
	}
	return {
		prompt: {
			system,
			messages
		},
		betas
	};
}
function groupIntoBlocks(prompt) {
	const blocks = [];
	let currentBlock = void 0;
	for (const message of prompt) {
		const { role } = message;
		switch (role) {
			case "system":
				if (currentBlock?.type !== "system") {
					currentBlock = {
						type: "system",
						messages: []
					};
					blocks.push(currentBlock);
				}
				currentBlock.messages.push(message);
				break;
			case "assistant":
				if (currentBlock?.type !== "assistant") {
					currentBlock = {
						type: "assistant",
						messages: []
					};
					blocks.push(currentBlock);
				}
				currentBlock.messages.push(message);
				break;
			case "user":
				if (currentBlock?.type !== "user") {
					currentBlock = {
						type: "user",
						messages: []
					};
					blocks.push(currentBlock);
				}
				currentBlock.messages.push(message);
				break;
			case "tool":
				if (currentBlock?.type !== "user") {
					currentBlock = {
						type: "user",
						messages: []
					};
					blocks.push(currentBlock);
				}
				currentBlock.messages.push(message);
				break;
			default: throw new Error(`Unsupported role: ${role}`);
		}
	}
	return blocks;
}
function moveToolUseBlocksToEnd(content) {
	const result = [];
	let segment = [];
	function flushSegment() {
		result.push(...segment.filter((part) => part.type !== "tool_use"), ...segment.filter((part) => part.type === "tool_use"));
		segment = [];
	}
	for (const part of content) if (part.type === "thinking" || part.type === "redacted_thinking" || part.type === "fallback") {
		flushSegment();
		result.push(part);
	} else segment.push(part);
	flushSegment();
	return result;
}
/**
* Resolves the Anthropic `toolset_name` for a tool call or tool result. The
* toolset is identified either through the tools passed to the request or
* through the `toolsetName` provider metadata of a previous response.
*/
function getAnthropicToolsetName({ toolName, providerOptions, toolsetNames }) {
	const fromTools = toolsetNames[toolName];
	if (fromTools != null) return fromTools;
	const fromMetadata = (providerOptions?.anthropic)?.toolsetName;
	return typeof fromMetadata === "string" ? fromMetadata : void 0;
}
function getAnthropicCaller(providerOptions) {
	const caller = (providerOptions?.anthropic)?.caller;
	if ((caller?.type === "code_execution_20250825" || caller?.type === "code_execution_20260120") && caller.toolId) return {
		type: caller.type,
		tool_id: caller.toolId
	};
	return caller?.type === "direct" ? { type: "direct" } : void 0;
}
function toAnthropicToolInput(input) {
	if (typeof input === "string") try {
		const parsed = secureJsonParse(input);
		if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return parsed;
	} catch {}
	return typeof input === "object" && input !== null && !Array.isArray(input) ? input : { rawInvalidInput: input };
}
//#endregion
//#region src/map-anthropic-stop-reason.ts
/**
* @see https://docs.anthropic.com/en/api/messages#response-stop-reason
*/
function mapAnthropicStopReason({ finishReason, isJsonResponseFromTool }) {
	switch (finishReason) {
		case "pause_turn":
		case "end_turn":
		case "stop_sequence": return "stop";
		case "refusal": return "content-filter";
		case "tool_use": return isJsonResponseFromTool ? "stop" : "tool-calls";
		case "max_tokens":
		case "model_context_window_exceeded": return "length";
		case "compaction": return "other";
		default: return "other";
	}
}
//#endregion
//#region src/sanitize-json-schema.ts
const SUPPORTED_STRING_FORMATS = /* @__PURE__ */ new Set([
	"date-time",
	"time",
	"date",
	"duration",
	"email",
	"hostname",
	"uri",
	"ipv4",
	"ipv6",
	"uuid"
]);
const DESCRIPTION_CONSTRAINT_KEYS = [
	"minimum",
	"maximum",
	"exclusiveMinimum",
	"exclusiveMaximum",
	"multipleOf",
	"minLength",
	"maxLength",
	"pattern",
	"minItems",
	"maxItems",
	"uniqueItems",
	"minProperties",
	"maxProperties",
	"not"
];
/**
* Removes JSON Schema keywords that Anthropic rejects in
* `output_config.format.schema`.
*
* The full original schema is still used by AI SDK result validation. This
* only relaxes the schema sent to Anthropic's constrained decoder.
*/
function sanitizeJsonSchema(schema) {
	return sanitizeSchema(schema);
}
function sanitizeDefinition(definition) {
	if (typeof definition === "boolean" || !(0,provider_utils_dist/* isRecord */.u4)(definition)) return definition;
	return sanitizeSchema(definition);
}
function sanitizeSchema(schema) {
	const result = {};
	if (schema.$ref != null) return {
		$ref: schema.$ref,
		...sanitizeSchemaDefinitions(schema)
	};
	if (schema.$schema != null) result.$schema = schema.$schema;
	if (schema.$id != null) result.$id = schema.$id;
	if (schema.title != null) result.title = schema.title;
	if (schema.description != null) result.description = schema.description;
	if (schema.default !== void 0) result.default = schema.default;
	if (schema.const !== void 0) result.const = schema.const;
	if (schema.enum != null) result.enum = schema.enum;
	if (schema.type != null) result.type = schema.type;
	if (schema.anyOf != null) result.anyOf = schema.anyOf.map(sanitizeDefinition);
	else if (schema.oneOf != null) result.anyOf = schema.oneOf.map(sanitizeDefinition);
	if (schema.allOf != null) result.allOf = schema.allOf.map(sanitizeDefinition);
	Object.assign(result, sanitizeSchemaDefinitions(schema));
	if (schema.type === "object" || schema.properties != null) {
		if (schema.properties != null) result.properties = Object.fromEntries(Object.entries(schema.properties).map(([name, definition]) => [name, sanitizeDefinition(definition)]));
		result.additionalProperties = false;
		if (schema.required != null) result.required = schema.required;
	}
	if (schema.items != null) result.items = Array.isArray(schema.items) ? schema.items.map(sanitizeDefinition) : sanitizeDefinition(schema.items);
	if (typeof schema.format === "string" && SUPPORTED_STRING_FORMATS.has(schema.format)) result.format = schema.format;
	const constraintDescription = getConstraintDescription(schema);
	if (constraintDescription != null) result.description = result.description == null ? constraintDescription : `${result.description}\n${constraintDescription}`;
	return result;
}
function sanitizeSchemaDefinitions(schema) {
	const { $defs } = schema;
	const sanitizeAll = (definitions) => Object.fromEntries(Object.entries(definitions).map(([name, definition]) => [name, sanitizeDefinition(definition)]));
	return {
		...schema.definitions != null && { definitions: sanitizeAll(schema.definitions) },
		...$defs != null && { $defs: sanitizeAll($defs) }
	};
}
function getConstraintDescription(schema) {
	const descriptions = DESCRIPTION_CONSTRAINT_KEYS.flatMap((key) => {
		const value = schema[key];
		if (value == null || value === false) return [];
		return `${formatConstraintName(key)}: ${formatConstraintValue(value)}`;
	});
	if (typeof schema.format === "string" && !SUPPORTED_STRING_FORMATS.has(schema.format)) descriptions.push(`format: ${schema.format}`);
	return descriptions.length === 0 ? void 0 : `${descriptions.join("; ")}.`;
}
function formatConstraintName(key) {
	return key.replace(/[A-Z]/g, (match) => ` ${match.toLowerCase()}`);
}
function formatConstraintValue(value) {
	if (typeof value === "string") return value;
	return JSON.stringify(value);
}
//#endregion
//#region src/has-circular-schema-reference.ts
const SCHEMA_MAP_KEYWORDS = /* @__PURE__ */ new Set([
	"dependentSchemas",
	"patternProperties",
	"properties"
]);
const DATA_KEYWORDS = /* @__PURE__ */ new Set([
	"const",
	"default",
	"enum",
	"examples"
]);
/**
* Whether a JSON schema contains a cycle of local `$ref`s, e.g. a tree node
* whose children reference the node itself.
*
* Anthropic's native structured outputs reject such schemas, while the JSON
* response tool accepts them.
*/
function hasCircularSchemaReference(schema) {
	const visiting = /* @__PURE__ */ new Set();
	const visited = /* @__PURE__ */ new Set();
	const visit = (pointer) => {
		if (visiting.has(pointer)) return true;
		if (visited.has(pointer)) return false;
		const target = resolveSchemaPointer(schema, pointer);
		if (target === void 0) return false;
		visiting.add(pointer);
		const isCircular = collectLocalRefs(target).some(visit);
		visiting.delete(pointer);
		visited.add(pointer);
		return isCircular;
	};
	return visit("#");
}
function collectLocalRefs(node, refs = []) {
	if (Array.isArray(node)) {
		for (const item of node) collectLocalRefs(item, refs);
		return refs;
	}
	if (!(0,provider_utils_dist/* isRecord */.u4)(node)) return refs;
	for (const [key, value] of Object.entries(node)) if (key === "$ref") {
		if (typeof value === "string" && value.startsWith("#")) refs.push(value);
	} else if (SCHEMA_MAP_KEYWORDS.has(key) && (0,provider_utils_dist/* isRecord */.u4)(value)) for (const subschema of Object.values(value)) collectLocalRefs(subschema, refs);
	else if (key !== "$defs" && key !== "definitions" && !DATA_KEYWORDS.has(key)) collectLocalRefs(value, refs);
	return refs;
}
function resolveSchemaPointer(schema, pointer) {
	if (pointer === "#") return schema;
	if (!pointer.startsWith("#/")) return;
	let decodedPointer;
	try {
		decodedPointer = decodeURIComponent(pointer.slice(2));
	} catch {
		return;
	}
	let current = schema;
	for (const rawSegment of decodedPointer.split("/")) {
		const segment = rawSegment.replace(/~1/g, "/").replace(/~0/g, "~");
		if (Array.isArray(current)) current = current[Number(segment)];
		else if ((0,provider_utils_dist/* isRecord */.u4)(current)) current = current[segment];
		else return;
	}
	return current;
}
//#endregion
//#region src/supports-native-structured-output-schema.ts
const MAX_OPTIONAL_PROPERTIES = 10;
const SUBSCHEMA_KEYWORDS = [
	"additionalProperties",
	"contains",
	"else",
	"if",
	"items",
	"not",
	"then"
];
const SUBSCHEMA_LIST_KEYWORDS = [
	"allOf",
	"anyOf",
	"oneOf",
	"prefixItems"
];
const SUBSCHEMA_MAP_KEYWORDS = [
	"dependentSchemas",
	"patternProperties",
	"properties"
];
/**
* Whether Anthropic's native structured outputs (`output_config.format`) can
* represent a schema without rejecting it or losing data.
*
* Rejected: self-referencing schemas, and schemas with too many optional
* properties. Lossy: open objects (maps, free-form objects), which native
* structured outputs close with `additionalProperties: false`, so the model
* can only return `{}` for them.
*/
function supportsNativeStructuredOutputSchema(schema) {
	if (hasCircularSchemaReference(schema)) return false;
	const { optionalProperties, hasOpenObject } = getSchemaStats(schema, schema, /* @__PURE__ */ new Map());
	return !hasOpenObject && optionalProperties <= MAX_OPTIONAL_PROPERTIES;
}
function getSchemaStats(node, root, refStats) {
	const stats = {
		optionalProperties: 0,
		hasOpenObject: false
	};
	if (!(0,provider_utils_dist/* isRecord */.u4)(node)) return stats;
	const add = (child) => {
		const childStats = getSchemaStats(child, root, refStats);
		stats.optionalProperties += childStats.optionalProperties;
		stats.hasOpenObject ||= childStats.hasOpenObject;
	};
	if (typeof node.$ref === "string" && node.$ref.startsWith("#")) {
		let resolved = refStats.get(node.$ref);
		if (resolved == null) {
			resolved = getSchemaStats(resolveSchemaPointer(root, node.$ref), root, refStats);
			refStats.set(node.$ref, resolved);
		}
		stats.optionalProperties += resolved.optionalProperties;
		stats.hasOpenObject ||= resolved.hasOpenObject;
	}
	if (isOpenObject(node)) stats.hasOpenObject = true;
	if ((0,provider_utils_dist/* isRecord */.u4)(node.properties)) {
		const required = new Set(Array.isArray(node.required) ? node.required : []);
		stats.optionalProperties += Object.keys(node.properties).filter((name) => !required.has(name)).length;
	}
	for (const keyword of SUBSCHEMA_KEYWORDS) {
		const value = node[keyword];
		if (Array.isArray(value)) value.forEach(add);
		else add(value);
	}
	for (const keyword of SUBSCHEMA_LIST_KEYWORDS) {
		const value = node[keyword];
		if (Array.isArray(value)) value.forEach(add);
	}
	for (const keyword of SUBSCHEMA_MAP_KEYWORDS) {
		const value = node[keyword];
		if ((0,provider_utils_dist/* isRecord */.u4)(value)) Object.values(value).forEach(add);
	}
	return stats;
}
function isOpenObject(node) {
	const { additionalProperties, patternProperties, properties, type } = node;
	if (additionalProperties === true || (0,provider_utils_dist/* isRecord */.u4)(additionalProperties)) return true;
	if ((0,provider_utils_dist/* isRecord */.u4)(patternProperties) && Object.keys(patternProperties).length > 0) return true;
	return (type === "object" || Array.isArray(type) && type.includes("object")) && properties == null && additionalProperties !== false;
}
//#endregion
//#region src/anthropic-language-model.ts
function validateToolsetMember({ toolsetName, memberName, tools }) {
	const toolset = tools?.find((tool) => "type" in tool && tool.type === "computer_toolset_20260801");
	if (toolsetName !== "computer" || toolset == null || !computerToolset_20260801Members.some((member) => member === memberName) || toolset.configs?.[memberName]?.enabled === false) throw new InvalidResponseDataError({
		data: {
			toolsetName,
			memberName
		},
		message: `Received an unavailable toolset member: ${toolsetName}.${memberName}.`
	});
}
function createAnthropicStreamError(error) {
	const inferredMetadata = getAnthropicStreamErrorMetadata(error.type);
	return createProviderStreamError({
		message: error.message,
		type: error.type,
		code: error.code ?? void 0,
		statusCode: error.statusCode ?? inferredMetadata.statusCode,
		isRetryable: error.isRetryable ?? inferredMetadata.isRetryable,
		data: "data" in error ? error.data : error
	});
}
function getAnthropicStreamErrorMetadata(type) {
	switch (type) {
		case "api_error": return {
			statusCode: 500,
			isRetryable: true
		};
		case "overloaded_error": return {
			statusCode: 529,
			isRetryable: true
		};
		case "rate_limit_error": return {
			statusCode: 429,
			isRetryable: true
		};
		case "request_too_large": return {
			statusCode: 413,
			isRetryable: false
		};
		case "authentication_error": return {
			statusCode: 401,
			isRetryable: false
		};
		case "permission_error": return {
			statusCode: 403,
			isRetryable: false
		};
		case "not_found_error": return {
			statusCode: 404,
			isRetryable: false
		};
		case "billing_error":
		case "invalid_request_error": return {
			statusCode: 400,
			isRetryable: false
		};
		default: return {};
	}
}
function createCitationSource(citation, citationDocuments, generateId) {
	if (citation.type === "web_search_result_location") return {
		type: "source",
		sourceType: "url",
		id: generateId(),
		url: citation.url,
		title: citation.title ?? void 0,
		providerMetadata: { anthropic: {
			citedText: citation.cited_text,
			encryptedIndex: citation.encrypted_index
		} }
	};
	if (citation.type !== "page_location" && citation.type !== "char_location") return;
	const documentInfo = citationDocuments[citation.document_index];
	if (!documentInfo) return;
	return {
		type: "source",
		sourceType: "document",
		id: generateId(),
		mediaType: documentInfo.mediaType,
		title: citation.document_title ?? documentInfo.title,
		filename: documentInfo.filename,
		providerMetadata: { anthropic: citation.type === "page_location" ? {
			citedText: citation.cited_text,
			startPageNumber: citation.start_page_number,
			endPageNumber: citation.end_page_number
		} : {
			citedText: citation.cited_text,
			startCharIndex: citation.start_char_index,
			endCharIndex: citation.end_char_index
		} }
	};
}
function getAnthropicCallerInfo(caller) {
	return caller == null ? void 0 : {
		type: caller.type,
		toolId: "tool_id" in caller ? caller.tool_id : void 0
	};
}
function getAnthropicCallerMetadata(caller) {
	const callerInfo = getAnthropicCallerInfo(caller);
	return callerInfo == null ? {} : { providerMetadata: { anthropic: { caller: callerInfo } } };
}
/**
* Maps the custom tool names of toolset tools (e.g. the computer toolset) to
* the toolset name that the Anthropic API uses in `toolset_name`.
*/
function getAnthropicToolsetNames(tools) {
	const toolsetNames = {};
	for (const tool of tools ?? []) if (tool.type === "provider" && tool.id === "anthropic.computer_toolset_20260801") toolsetNames[tool.name] = "computer";
	return toolsetNames;
}
/**
* Toolset member calls (e.g. `left_click` from the computer toolset) are
* exposed as a single tool call on the toolset tool. The member name is
* injected as the `action` property, matching the input shape of the older
* computer tool versions.
*/
function toToolsetMemberInput({ memberName, input }) {
	if (typeof input !== "object" || input === null || Array.isArray(input)) throw new InvalidResponseDataError({
		data: input,
		message: "Invalid toolset member input: expected an object."
	});
	return {
		...input,
		action: memberName
	};
}
function getProviderOptionsName(provider) {
	const dotIndex = provider.indexOf(".");
	return dotIndex === -1 ? provider : provider.substring(0, dotIndex);
}
/**
* Legacy names of custom providerOptions keys, read when the current key is
* absent.
*/
const LEGACY_PROVIDER_OPTIONS_NAMES = { googleVertex: ["vertex"] };
const TEXT_OR_THINKING_BLOCK_TYPES = /* @__PURE__ */ new Set([
	"redacted_thinking",
	"text",
	"thinking"
]);
function isContinuationStopReason(stopReason) {
	return stopReason === "pause_turn" || stopReason === "tool_use";
}
/**
* Text parts to return when the JSON response tool is in use: the text after
* the last tool call or result, and only if the tool was never called.
*/
function getJsonResponseToolFallbackText(content, stopReason) {
	const text = /* @__PURE__ */ new Set();
	if (isContinuationStopReason(stopReason)) return text;
	for (const part of content) {
		if (part.type === "tool_use" && part.name === "json") return /* @__PURE__ */ new Set();
		if (part.type === "text") text.add(part);
		else if (!TEXT_OR_THINKING_BLOCK_TYPES.has(part.type)) text.clear();
	}
	return text;
}
var AnthropicLanguageModel = class AnthropicLanguageModel {
	static [serde_dist/* WORKFLOW_SERIALIZE */.V](model) {
		return serializeModelOptions({
			modelId: model.modelId,
			config: model.config
		});
	}
	static [serde_dist/* WORKFLOW_DESERIALIZE */.C](options) {
		return new AnthropicLanguageModel(options.modelId, options.config);
	}
	constructor(modelId, config) {
		this.specificationVersion = "v4";
		this.modelId = modelId;
		this.config = config;
		this.generateId = config.generateId ?? generateId;
	}
	supportsUrl(url) {
		return url.protocol === "https:";
	}
	get provider() {
		return this.config.provider;
	}
	get supportedUrls() {
		return this.config.supportedUrls?.() ?? {};
	}
	static async prepareRequest({ modelId, config, options: { userSuppliedBetas, prompt, maxOutputTokens, temperature, topP, topK, frequencyPenalty, presencePenalty, stopSequences, responseFormat, seed, tools, toolChoice, reasoning, providerOptions, stream } }) {
		const warnings = [];
		if (frequencyPenalty != null) warnings.push({
			type: "unsupported",
			feature: "frequencyPenalty"
		});
		if (presencePenalty != null) warnings.push({
			type: "unsupported",
			feature: "presencePenalty"
		});
		if (seed != null) warnings.push({
			type: "unsupported",
			feature: "seed"
		});
		const maxTemperature = config.maxTemperature ?? 1;
		const temperatureProvider = config.maxTemperature == null ? "anthropic" : getProviderOptionsName(config.provider);
		if (temperature != null && temperature > maxTemperature) {
			warnings.push({
				type: "unsupported",
				feature: "temperature",
				details: `${temperature} exceeds ${temperatureProvider} maximum of ${maxTemperature.toFixed(1)}. clamped to ${maxTemperature.toFixed(1)}`
			});
			temperature = maxTemperature;
		} else if (temperature != null && temperature < 0) {
			warnings.push({
				type: "unsupported",
				feature: "temperature",
				details: `${temperature} is below ${temperatureProvider} minimum of 0. clamped to 0`
			});
			temperature = 0;
		}
		if (responseFormat?.type === "json") {
			if (responseFormat.schema == null) warnings.push({
				type: "unsupported",
				feature: "responseFormat",
				details: "JSON response format requires a schema. The response format is ignored."
			});
		}
		const providerOptionsName = getProviderOptionsName(config.provider);
		const canonicalOptions = await parseProviderOptions({
			provider: "anthropic",
			providerOptions,
			schema: anthropicLanguageModelOptions
		});
		const { options: customProviderOptions, namespaces: [customProviderOptionsName] } = await resolveProviderOptions({
			providerOptions,
			namespaces: providerOptionsName !== "anthropic" ? [providerOptionsName, ...Object.hasOwn(LEGACY_PROVIDER_OPTIONS_NAMES, providerOptionsName) ? LEGACY_PROVIDER_OPTIONS_NAMES[providerOptionsName] : []] : [],
			resolution: "first",
			schema: anthropicLanguageModelOptions
		});
		const usedCustomProviderKey = customProviderOptionsName === providerOptionsName;
		const anthropicOptions = Object.assign({}, canonicalOptions ?? {}, customProviderOptions ?? {});
		if (anthropicOptions.serviceTier != null) {
			const supportedTiers = providerOptionsName === "anthropic" ? ["auto", "standard_only"] : providerOptionsName === "minimax" ? ["standard", "priority"] : void 0;
			if (supportedTiers != null && !supportedTiers.includes(anthropicOptions.serviceTier)) {
				warnings.push({
					type: "unsupported",
					feature: "serviceTier",
					details: `serviceTier "${anthropicOptions.serviceTier}" is not supported by ${providerOptionsName}. Use ${supportedTiers.map((tier) => `"${tier}"`).join(" or ")}.`
				});
				anthropicOptions.serviceTier = void 0;
			}
		}
		const { maxOutputTokens: maxOutputTokensForModel, supportsStructuredOutput: modelSupportsStructuredOutput, supportsAdaptiveThinking, rejectsSamplingParameters, supportsXhighEffort, rejectsThinkingDisabledAboveHighEffort, rejectsThinkingDisabled, rejectsBudgetThinking, rejectsForcedToolUse, supportsBetweenToolsThinking, isKnownModel } = getAnthropicModelCapabilities(modelId);
		if (!isKnownModel && maxOutputTokens == null) warnings.push({
			type: "compatibility",
			feature: "maxOutputTokens",
			details: `The model "${modelId}" is unknown. The max output tokens have been limited to ${maxOutputTokensForModel}. Set maxOutputTokens explicitly to override this limit.`
		});
		if (rejectsSamplingParameters) {
			if (temperature != null) {
				warnings.push({
					type: "unsupported",
					feature: "temperature",
					details: `temperature is not supported by ${modelId} and will be ignored`
				});
				temperature = void 0;
			}
			if (topK != null) {
				warnings.push({
					type: "unsupported",
					feature: "topK",
					details: `topK is not supported by ${modelId} and will be ignored`
				});
				topK = void 0;
			}
			if (topP != null) {
				warnings.push({
					type: "unsupported",
					feature: "topP",
					details: `topP is not supported by ${modelId} and will be ignored`
				});
				topP = void 0;
			}
		}
		const isAnthropicModel = isKnownModel || modelId.includes("claude-");
		const supportsStructuredOutput = (config.supportsNativeStructuredOutput ?? true) && modelSupportsStructuredOutput;
		const supportsResponseSchema = responseFormat?.type !== "json" || responseFormat.schema == null || supportsNativeStructuredOutputSchema(responseFormat.schema);
		const supportsStrictTools = (config.supportsStrictTools ?? true) && modelSupportsStructuredOutput;
		const structureOutputMode = anthropicOptions?.structuredOutputMode ?? "auto";
		let useStructuredOutput = structureOutputMode === "outputFormat" || structureOutputMode === "auto" && supportsStructuredOutput && supportsResponseSchema;
		if (!useStructuredOutput && rejectsForcedToolUse && modelSupportsStructuredOutput && responseFormat?.type === "json" && responseFormat.schema != null && supportsNativeStructuredOutputSchema(responseFormat.schema)) {
			warnings.push({
				type: "unsupported",
				feature: "providerOptions.anthropic.structuredOutputMode",
				details: `structuredOutputMode 'jsonTool' is not supported by ${modelId} because it rejects forced tool use. Using 'outputFormat' instead.`
			});
			useStructuredOutput = true;
		}
		const jsonResponseTool = responseFormat?.type === "json" && responseFormat.schema != null && !useStructuredOutput ? {
			type: "function",
			name: "json",
			description: "Respond with a JSON object.",
			inputSchema: responseFormat.schema
		} : void 0;
		if (jsonResponseTool != null && anthropicOptions?.disableParallelToolUse === false) warnings.push({
			type: "unsupported",
			feature: "providerOptions.anthropic.disableParallelToolUse",
			details: "`disableParallelToolUse: false` is ignored when using the JSON response tool. Parallel tool use is disabled to ensure a single coherent JSON tool call."
		});
		const contextManagement = anthropicOptions?.contextManagement;
		const compaction = anthropicOptions?.compaction;
		if (contextManagement != null && compaction != null) throw new InvalidArgumentError({
			argument: "providerOptions",
			message: "Anthropic provider options `compaction` and `contextManagement` cannot be used together."
		});
		const thread = anthropicOptions?.thread;
		if (thread != null && config.supportsMessageThreads !== true) throw new UnsupportedFunctionalityError({
			functionality: "Anthropic message threads",
			message: `${config.provider} does not support Anthropic message threads.`
		});
		if (thread != null && (compaction != null || contextManagement?.edits.some((edit) => edit.type !== "clear_thinking_20251015" || edit.keep !== "all"))) throw new InvalidArgumentError({
			argument: "providerOptions.anthropic.thread",
			message: "Anthropic message threads do not support compaction or context editing, except clear_thinking_20251015 with keep: \"all\"."
		});
		const cacheControlValidator = new CacheControlValidator(config.cacheControlProviderOptionsName, thread != null && anthropicOptions?.cacheControl != null ? 1 : 0);
		const defaultEagerInputStreaming = stream && (anthropicOptions?.toolStreaming ?? true);
		const inlineTools = await getInlineToolsFromPrompt(prompt);
		const toolNameMapping = createToolNameMapping({
			tools: [...inlineTools, ...tools ?? []],
			providerToolNames: {
				"anthropic.code_execution_20250522": "code_execution",
				"anthropic.code_execution_20250825": "code_execution",
				"anthropic.code_execution_20260120": "code_execution",
				"anthropic.computer_20241022": "computer",
				"anthropic.computer_20250124": "computer",
				"anthropic.computer_20251124": "computer",
				"anthropic.computer_toolset_20260801": "computer",
				"anthropic.text_editor_20241022": "str_replace_editor",
				"anthropic.text_editor_20250124": "str_replace_editor",
				"anthropic.text_editor_20250429": "str_replace_based_edit_tool",
				"anthropic.text_editor_20250728": "str_replace_based_edit_tool",
				"anthropic.bash_20241022": "bash",
				"anthropic.bash_20250124": "bash",
				"anthropic.memory_20250818": "memory",
				"anthropic.web_search_20250305": "web_search",
				"anthropic.web_search_20260209": "web_search",
				"anthropic.web_search_20260318": "web_search",
				"anthropic.web_fetch_20250910": "web_fetch",
				"anthropic.web_fetch_20260209": "web_fetch",
				"anthropic.web_fetch_20260318": "web_fetch",
				"anthropic.tool_search_regex_20251119": "tool_search_tool_regex",
				"anthropic.tool_search_bm25_20251119": "tool_search_tool_bm25",
				"anthropic.advisor_20260301": "advisor"
			}
		});
		const toolsetNames = getAnthropicToolsetNames(tools);
		const inlineToolDefinitions = [];
		const { prompt: messagesPrompt, betas } = await convertToAnthropicPrompt({
			prompt,
			sendReasoning: anthropicOptions?.sendReasoning ?? true,
			warnings,
			cacheControlValidator,
			toolNameMapping,
			toolsetNames,
			convertMediaPart: config.convertMediaPart,
			keepMidConversationSystemMessages: anthropicOptions?.midConversationSystemMessages ?? false,
			convertInlineTool: async (tool) => {
				const { tools: definitions, toolWarnings, betas } = await prepareTools({
					tools: [tool],
					toolChoice: void 0,
					cacheControlValidator,
					supportsStructuredOutput,
					supportsStrictTools
				});
				if (definitions?.[0] != null) inlineToolDefinitions.push({
					sdkName: tool.name,
					definition: definitions[0]
				});
				return {
					definition: definitions?.[0],
					warnings: toolWarnings,
					betas
				};
			}
		});
		if (thread != null) {
			const unpinnedBetas = [...betas].filter((beta) => !userSuppliedBetas.has(beta) && !anthropicOptions?.anthropicBeta?.includes(beta));
			if (unpinnedBetas.length > 0) warnings.push({
				type: "compatibility",
				feature: "providerOptions.anthropic.thread",
				details: `Message content enabled beta headers: ${unpinnedBetas.join(", ")}. Thread requests require the same beta set on every turn. Pin these values with anthropicBeta on every request, or start a new thread when the set changes.`
			});
			if (thread.type === "continue" && (messagesPrompt.system != null || (tools?.length ?? 0) > 0)) warnings.push({
				type: "compatibility",
				feature: "providerOptions.anthropic.thread",
				details: "Continuation uses the system prompt and tool definitions stored by the create request; supplied definitions are omitted from the wire request. Supply identical tools for local tool handling and fixed request settings. To change system instructions or tools, start a new thread."
			});
		}
		if (isCustomReasoning(reasoning) && anthropicOptions?.effort == null) {
			const reasoningConfig = resolveAnthropicReasoningConfig({
				reasoning,
				modelId,
				supportsAdaptiveThinking,
				supportsXhighEffort,
				rejectsThinkingDisabled,
				supportsBetweenToolsThinking,
				maxOutputTokensForModel,
				warnings
			});
			if (reasoningConfig != null) {
				if (anthropicOptions.thinking == null) anthropicOptions.thinking = reasoningConfig.thinking;
				if (reasoningConfig.effort != null && anthropicOptions.thinking?.type !== "disabled") anthropicOptions.effort = reasoningConfig.effort;
			}
		}
		if (rejectsThinkingDisabled && anthropicOptions?.thinking != null) {
			const thinking = anthropicOptions.thinking;
			if (thinking.type === "disabled" && supportsBetweenToolsThinking) {
				warnings.push({
					type: "unsupported",
					feature: "providerOptions.anthropic.thinking",
					details: `thinking cannot be disabled for ${modelId}. Using 'between_tools' thinking, the lowest thinking setting, instead.`
				});
				anthropicOptions.thinking = { type: "between_tools" };
			} else if (thinking.type === "disabled") {
				warnings.push({
					type: "unsupported",
					feature: "providerOptions.anthropic.thinking",
					details: `thinking cannot be disabled for ${modelId}; it always uses adaptive thinking. The thinking setting has been removed. Lower 'effort' to reduce thinking.`
				});
				anthropicOptions.thinking = void 0;
			}
		}
		if (rejectsBudgetThinking && anthropicOptions?.thinking?.type === "enabled") {
			warnings.push({
				type: "unsupported",
				feature: "providerOptions.anthropic.thinking",
				details: rejectsThinkingDisabled ? `budget-based thinking is not supported by ${modelId}; it always uses adaptive thinking. Using adaptive thinking instead. Use 'effort' to control how much the model thinks.` : `budget-based thinking is not supported by ${modelId}. Using adaptive thinking instead. Use 'effort' to control how much the model thinks.`
			});
			anthropicOptions.thinking = { type: "adaptive" };
		}
		if (rejectsThinkingDisabledAboveHighEffort && anthropicOptions?.thinking?.type === "disabled" && (anthropicOptions.effort === "xhigh" || anthropicOptions.effort === "max")) {
			warnings.push({
				type: "unsupported",
				feature: "providerOptions.anthropic.effort",
				details: `effort '${anthropicOptions.effort}' is not supported by ${modelId} when thinking is disabled. The effort has been lowered to 'high'.`
			});
			anthropicOptions.effort = "high";
		}
		if (anthropicOptions?.thinking?.type === "between_tools" && (anthropicOptions.effort === "xhigh" || anthropicOptions.effort === "max")) {
			warnings.push({
				type: "unsupported",
				feature: "providerOptions.anthropic.effort",
				details: `effort '${anthropicOptions.effort}' is not supported with 'between_tools' thinking. The effort has been lowered to 'high'.`
			});
			anthropicOptions.effort = "high";
		}
		const thinkingType = anthropicOptions?.thinking?.type;
		const isThinking = thinkingType === "enabled" || thinkingType === "adaptive" || thinkingType === "between_tools";
		const thinkingBlockBinding = anthropicOptions?.thinking != null && "blockBinding" in anthropicOptions.thinking ? anthropicOptions.thinking.blockBinding : void 0;
		const sendThinking = isThinking || thinkingType === "disabled" || thinkingBlockBinding != null;
		let thinkingBudget = thinkingType === "enabled" ? anthropicOptions?.thinking?.budgetTokens : void 0;
		const thinkingDisplay = thinkingType === "adaptive" ? anthropicOptions?.thinking?.display : void 0;
		const maxTokens = maxOutputTokens ?? maxOutputTokensForModel;
		const baseArgs = {
			model: modelId,
			max_tokens: maxTokens,
			temperature,
			top_k: topK,
			top_p: topP,
			stop_sequences: stopSequences,
			...sendThinking && { thinking: {
				...thinkingType != null && { type: thinkingType },
				...thinkingBudget != null && { budget_tokens: thinkingBudget },
				...thinkingDisplay != null && { display: thinkingDisplay },
				...thinkingBlockBinding != null && { block_binding: { prefix_mismatch_behavior: thinkingBlockBinding.prefixMismatchBehavior } }
			} },
			...(anthropicOptions?.effort || anthropicOptions?.taskBudget || useStructuredOutput && responseFormat?.type === "json" && responseFormat.schema != null) && { output_config: {
				...anthropicOptions?.effort && { effort: anthropicOptions.effort },
				...anthropicOptions?.taskBudget && { task_budget: {
					type: anthropicOptions.taskBudget.type,
					total: anthropicOptions.taskBudget.total,
					...anthropicOptions.taskBudget.remaining != null && { remaining: anthropicOptions.taskBudget.remaining }
				} },
				...useStructuredOutput && responseFormat?.type === "json" && responseFormat.schema != null && { format: {
					type: "json_schema",
					schema: sanitizeJsonSchema(responseFormat.schema)
				} }
			} },
			...anthropicOptions?.speed && { speed: anthropicOptions.speed },
			...anthropicOptions?.serviceTier && { service_tier: anthropicOptions.serviceTier },
			...anthropicOptions?.inferenceGeo && { inference_geo: anthropicOptions.inferenceGeo },
			...anthropicOptions?.fallbacks != null && (anthropicOptions.fallbacks === "default" || anthropicOptions.fallbacks.length > 0) && { fallbacks: anthropicOptions.fallbacks },
			...anthropicOptions?.cacheControl && { cache_control: anthropicOptions.cacheControl },
			...anthropicOptions?.metadata?.userId != null && { metadata: { user_id: anthropicOptions.metadata.userId } },
			...anthropicOptions?.mcpServers && anthropicOptions.mcpServers.length > 0 && { mcp_servers: anthropicOptions.mcpServers.map((server) => ({
				type: server.type,
				name: server.name,
				url: server.url,
				authorization_token: server.authorizationToken,
				tool_configuration: server.toolConfiguration ? {
					allowed_tools: server.toolConfiguration.allowedTools,
					enabled: server.toolConfiguration.enabled
				} : void 0
			})) },
			...anthropicOptions?.container && { container: anthropicOptions.container.skills && anthropicOptions.container.skills.length > 0 ? {
				id: anthropicOptions.container.id,
				skills: anthropicOptions.container.skills.map((skill) => ({
					type: skill.type,
					skill_id: skill.type === "custom" ? resolveProviderReference({
						reference: skill.providerReference,
						provider: "anthropic"
					}) : skill.skillId,
					version: skill.version
				}))
			} : anthropicOptions.container.id },
			system: thread?.type === "continue" ? void 0 : messagesPrompt.system,
			...thread != null && { thread: thread.type === "create" ? { type: "create" } : {
				type: "continue",
				previous_message_id: thread.previousMessageId
			} },
			messages: messagesPrompt.messages,
			...anthropicOptions?.safeguards && anthropicOptions.safeguards.length > 0 && { safeguards: anthropicOptions.safeguards.map((safeguard) => ({
				type: safeguard.type,
				...safeguard.classifierContext !== void 0 && { classifier_context: safeguard.classifierContext }
			})) },
			...compaction && { compaction: {
				type: compaction.type,
				...compaction.instructions !== void 0 && { instructions: compaction.instructions }
			} },
			...contextManagement && { context_management: { edits: contextManagement.edits.map((edit) => {
				const strategy = edit.type;
				switch (strategy) {
					case "clear_tool_uses_20250919": return {
						type: edit.type,
						...edit.trigger !== void 0 && { trigger: edit.trigger },
						...edit.keep !== void 0 && { keep: edit.keep },
						...edit.clearAtLeast !== void 0 && { clear_at_least: edit.clearAtLeast },
						...edit.clearToolInputs !== void 0 && { clear_tool_inputs: edit.clearToolInputs },
						...edit.excludeTools !== void 0 && { exclude_tools: edit.excludeTools }
					};
					case "clear_thinking_20251015": return {
						type: edit.type,
						...edit.keep !== void 0 && { keep: edit.keep }
					};
					case "compact_20260112": return {
						type: edit.type,
						...edit.trigger !== void 0 && { trigger: edit.trigger },
						...edit.pauseAfterCompaction !== void 0 && { pause_after_compaction: edit.pauseAfterCompaction },
						...edit.instructions !== void 0 && { instructions: edit.instructions }
					};
					default:
						warnings.push({
							type: "other",
							message: `Unknown context management strategy: ${strategy}`
						});
						return;
				}
			}).filter((edit) => edit !== void 0) } }
		};
		if (isThinking) {
			if (thinkingType === "enabled" && thinkingBudget == null) {
				warnings.push({
					type: "compatibility",
					feature: "extended thinking",
					details: "thinking budget is required when thinking is enabled. using default budget of 1024 tokens."
				});
				baseArgs.thinking = {
					type: "enabled",
					budget_tokens: 1024
				};
				thinkingBudget = 1024;
			}
			if (baseArgs.temperature != null && !config.supportsTemperatureAndTopPWithThinking) {
				baseArgs.temperature = void 0;
				warnings.push({
					type: "unsupported",
					feature: "temperature",
					details: "temperature is not supported when thinking is enabled"
				});
			}
			if (topK != null) {
				baseArgs.top_k = void 0;
				warnings.push({
					type: "unsupported",
					feature: "topK",
					details: "topK is not supported when thinking is enabled"
				});
			}
			if (topP != null && !config.supportsTemperatureAndTopPWithThinking) {
				baseArgs.top_p = void 0;
				warnings.push({
					type: "unsupported",
					feature: "topP",
					details: "topP is not supported when thinking is enabled"
				});
			}
			baseArgs.max_tokens = maxTokens + (thinkingBudget ?? 0);
		} else if (isAnthropicModel && topP != null && temperature != null) {
			warnings.push({
				type: "unsupported",
				feature: "topP",
				details: `topP is not supported when temperature is set. topP is ignored.`
			});
			baseArgs.top_p = void 0;
		}
		if (isKnownModel && baseArgs.max_tokens > maxOutputTokensForModel) {
			if (maxOutputTokens != null) warnings.push({
				type: "unsupported",
				feature: "maxOutputTokens",
				details: `${baseArgs.max_tokens} (maxOutputTokens + thinkingBudget) is greater than ${modelId} ${maxOutputTokensForModel} max output tokens. The max output tokens have been limited to ${maxOutputTokensForModel}.`
			});
			baseArgs.max_tokens = maxOutputTokensForModel;
		}
		if (anthropicOptions?.mcpServers && anthropicOptions.mcpServers.length > 0) betas.add("mcp-client-2025-04-04");
		if (anthropicOptions?.safeguards && anthropicOptions.safeguards.length > 0) betas.add("dangerous-tool-use-2026-09-03");
		if (compaction) betas.add("compact-2026-09-04");
		if (contextManagement) {
			betas.add("context-management-2025-06-27");
			if (contextManagement.edits.some((e) => e.type === "compact_20260112")) betas.add("compact-2026-01-12");
		}
		if (anthropicOptions?.container && anthropicOptions.container.skills && anthropicOptions.container.skills.length > 0) {
			betas.add("code-execution-2025-08-25");
			betas.add("skills-2025-10-02");
			betas.add("files-api-2025-04-14");
			if (!tools?.some((tool) => tool.type === "provider" && (tool.id === "anthropic.code_execution_20250825" || tool.id === "anthropic.code_execution_20260120"))) warnings.push({
				type: "other",
				message: "code execution tool is required when using skills"
			});
		}
		if (anthropicOptions?.taskBudget) betas.add("task-budgets-2026-03-13");
		if (anthropicOptions?.speed === "fast") betas.add("fast-mode-2026-02-01");
		if (thinkingDisplay === "updates") betas.add("thinking-display-updates-2026-08-18");
		if (thinkingBlockBinding != null) betas.add("thinking-binding-controls-2026-08-01");
		if (anthropicOptions?.fallbacks === "default") betas.add("server-side-fallback-2026-07-01");
		else if (anthropicOptions?.fallbacks && anthropicOptions.fallbacks.length > 0) betas.add("server-side-fallback-2026-06-01");
		const { tools: anthropicTools, toolChoice: anthropicToolChoice, toolWarnings, betas: toolsBetas } = await prepareTools(jsonResponseTool != null ? {
			tools: [...(tools ?? []).filter((tool) => toolChoice?.type !== "none" && (toolChoice?.type !== "tool" || tool.name === toolChoice.toolName)), jsonResponseTool],
			toolChoice: { type: "required" },
			disableParallelToolUse: true,
			cacheControlValidator,
			supportsStructuredOutput: false,
			supportsStrictTools,
			defaultEagerInputStreaming,
			rejectsForcedToolUse: rejectsForcedToolUse || thinkingType === "enabled"
		} : {
			tools: tools ?? [],
			toolChoice,
			hasInlineTools: inlineTools.length > 0,
			disableParallelToolUse: anthropicOptions?.disableParallelToolUse,
			cacheControlValidator,
			supportsStructuredOutput,
			supportsStrictTools,
			defaultEagerInputStreaming,
			rejectsForcedToolUse: rejectsForcedToolUse || thinkingType === "enabled"
		});
		if (toolChoice?.type === "tool" && (anthropicToolChoice?.type === "auto" || jsonResponseTool != null) || toolChoice?.type === "none" && jsonResponseTool != null) {
			for (const server of baseArgs.mcp_servers ?? []) server.tool_configuration = {
				allowed_tools: server.tool_configuration?.allowed_tools,
				enabled: false
			};
			const emittedInlineDefinitions = new Set(messagesPrompt.messages.flatMap((message) => message.role === "system" ? message.content.flatMap((part) => part.type === "tool_addition" && part.tool.type === "tool_definition" ? [part.tool.definition] : []) : []));
			const selectedSdkName = toolChoice.type === "tool" ? toolChoice.toolName : void 0;
			const selectedTool = tools?.find((tool) => tool.name === selectedSdkName);
			const selectedProviderName = jsonResponseTool != null && selectedSdkName != null && selectedTool?.type !== "function" ? toolNameMapping.toProviderToolName(selectedSdkName) : selectedSdkName;
			const conflictingTool = inlineToolDefinitions.find(({ sdkName, definition }) => emittedInlineDefinitions.has(definition) && (toolChoice.type === "none" || jsonResponseTool != null && sdkName !== selectedSdkName || !("name" in definition) || definition.name !== selectedProviderName));
			if (conflictingTool != null) {
				const toolName = "name" in conflictingTool.definition ? conflictingTool.definition.name : conflictingTool.definition.type;
				const choice = toolChoice.type === "tool" ? `named tool choice '${toolChoice.toolName}'` : `tool choice 'none'`;
				throw new InvalidArgumentError({
					argument: "toolChoice",
					message: `Inline tool '${toolName}' conflicts with ${choice}. Inline definitions must respect the tool choice when forced tool use falls back or the JSON response tool is used.`
				});
			}
		}
		const cacheWarnings = cacheControlValidator.getWarnings();
		return {
			args: {
				...baseArgs,
				tools: thread?.type === "continue" ? void 0 : anthropicTools,
				tool_choice: anthropicToolChoice,
				stream: stream === true ? true : void 0
			},
			warnings: [
				...warnings,
				...toolWarnings,
				...cacheWarnings
			],
			betas: /* @__PURE__ */ new Set([
				...thread != null ? ["message-threads-2026-08-12"] : [],
				...betas,
				...toolsBetas,
				...userSuppliedBetas,
				...anthropicOptions?.anthropicBeta ?? []
			]),
			markCodeExecutionDynamic: hasDynamicFilteringWebToolWithoutCodeExecution(anthropicTools),
			usesJsonResponseTool: jsonResponseTool != null,
			includePings: stream === true && anthropicOptions?.includePings === true,
			toolNameMapping,
			preparedTools: anthropicTools,
			providerOptionsName,
			usedCustomProviderKey
		};
	}
	getArgs(options) {
		return AnthropicLanguageModel.prepareRequest({
			modelId: this.modelId,
			config: this.config,
			options
		});
	}
	async getHeaders({ betas, configHeaders, headers, providerOptions }) {
		const combinedHeaders = combineHeaders(configHeaders, headers, betas.size > 0 ? { "anthropic-beta": Array.from(betas).join(",") } : {});
		return this.config.transformRequestHeaders ? this.config.transformRequestHeaders(combinedHeaders, providerOptions) : combinedHeaders;
	}
	getBetasFromHeaders(configHeaders, requestHeaders) {
		const configBetaHeader = configHeaders?.["anthropic-beta"] ?? "";
		const requestBetaHeader = requestHeaders?.["anthropic-beta"] ?? "";
		return new Set([...configBetaHeader.toLowerCase().split(","), ...requestBetaHeader.toLowerCase().split(",")].map((beta) => beta.trim()).filter((beta) => beta !== ""));
	}
	buildRequestUrl(isStreaming) {
		return this.config.buildRequestUrl?.(this.config.baseURL, isStreaming) ?? `${this.config.baseURL}/messages`;
	}
	transformRequestBody(args, betas) {
		return this.config.transformRequestBody?.(args, betas) ?? args;
	}
	extractCitationDocuments(prompt) {
		const isCitationPart = (part) => {
			if (part.type !== "file") return false;
			if (part.mediaType !== "application/pdf" && part.mediaType !== "text/plain") return false;
			return ((part.providerOptions?.anthropic)?.citations)?.enabled ?? false;
		};
		return prompt.filter((message) => message.role === "user").flatMap((message) => message.content).filter(isCitationPart).map((part) => {
			const filePart = part;
			return {
				title: filePart.filename ?? "Untitled Document",
				filename: filePart.filename,
				mediaType: filePart.mediaType
			};
		});
	}
	async doGenerate(options) {
		const configHeaders = this.config.headers ? await resolve(this.config.headers) : void 0;
		const { args, warnings, betas, usesJsonResponseTool, markCodeExecutionDynamic, toolNameMapping, preparedTools, providerOptionsName, usedCustomProviderKey } = await this.getArgs({
			...options,
			stream: false,
			userSuppliedBetas: this.getBetasFromHeaders(configHeaders, options.headers)
		});
		const citationDocuments = [...this.extractCitationDocuments(options.prompt)];
		const { responseHeaders, value: response, rawValue: rawResponse } = await postJsonToApi({
			url: this.buildRequestUrl(false),
			headers: await this.getHeaders({
				betas,
				configHeaders,
				headers: options.headers,
				providerOptions: options.providerOptions
			}),
			body: this.transformRequestBody(args, betas),
			failedResponseHandler: anthropicFailedResponseHandler,
			successfulResponseHandler: createJsonResponseHandler(anthropicResponseSchema),
			abortSignal: options.abortSignal,
			fetch: this.config.fetch
		});
		const content = [];
		const mcpToolCalls = {};
		const serverToolCalls = {};
		let isJsonResponseFromTool = false;
		const hasWebSearchResults = response.content.some((part) => part.type === "web_search_tool_result" && Array.isArray(part.content) && part.content.length > 0);
		const jsonResponseToolFallbackText = usesJsonResponseTool ? getJsonResponseToolFallbackText(response.content, response.stop_reason) : void 0;
		for (const part of response.content) switch (part.type) {
			case "text":
				if (jsonResponseToolFallbackText == null || jsonResponseToolFallbackText.has(part)) {
					const citations = part.citations ?? [];
					content.push({
						type: "text",
						text: part.text,
						...citations.length > 0 && { citations: citations.map((citation) => mapAnthropicCitation(citation, citationDocuments)) },
						...citations.length > 0 && { providerMetadata: { anthropic: { citations } } }
					});
					if (part.citations) for (const citation of part.citations) {
						if (citation.type === "web_search_result_location" && hasWebSearchResults) continue;
						const source = createCitationSource(citation, citationDocuments, this.generateId);
						if (source) content.push(source);
					}
				}
				break;
			case "thinking":
				content.push({
					type: "reasoning",
					text: part.thinking,
					providerMetadata: { anthropic: { signature: part.signature } }
				});
				break;
			case "redacted_thinking":
				content.push({
					type: "reasoning",
					text: "",
					providerMetadata: { anthropic: { redactedData: part.data } }
				});
				break;
			case "container_upload":
				content.push({
					type: "custom",
					kind: "anthropic.container_upload",
					providerMetadata: { anthropic: { fileId: part.file_id } }
				});
				break;
			case "compaction":
				if (!part.content) break;
				content.push({
					type: "text",
					text: part.content,
					providerMetadata: { anthropic: {
						type: "compaction",
						...part.signature != null && { signature: part.signature }
					} }
				});
				break;
			case "tool_use":
				if (usesJsonResponseTool && part.name === "json") {
					isJsonResponseFromTool = true;
					content.push({
						type: "text",
						text: JSON.stringify(part.input)
					});
				} else if (part.toolset_name != null) {
					validateToolsetMember({
						toolsetName: part.toolset_name,
						memberName: part.name,
						tools: preparedTools
					});
					content.push({
						type: "tool-call",
						toolCallId: part.id,
						toolName: toolNameMapping.toCustomToolName(part.toolset_name),
						input: JSON.stringify(toToolsetMemberInput({
							memberName: part.name,
							input: part.input
						})),
						providerMetadata: { anthropic: {
							toolsetName: part.toolset_name,
							...getAnthropicCallerMetadata(part.caller).providerMetadata?.anthropic
						} }
					});
				} else content.push({
					type: "tool-call",
					toolCallId: part.id,
					toolName: part.name,
					input: JSON.stringify(part.input),
					...getAnthropicCallerMetadata(part.caller)
				});
				break;
			case "server_tool_use":
				if (part.name === "text_editor_code_execution" || part.name === "bash_code_execution") content.push({
					type: "tool-call",
					toolCallId: part.id,
					toolName: toolNameMapping.toCustomToolName("code_execution"),
					input: JSON.stringify({
						type: part.name,
						...part.input
					}),
					providerExecuted: true,
					...markCodeExecutionDynamic && true ? { dynamic: true } : {},
					...getAnthropicCallerMetadata(part.caller)
				});
				else if (part.name === "web_search" || part.name === "code_execution" || part.name === "web_fetch") {
					const inputToSerialize = part.name === "code_execution" && part.input != null && typeof part.input === "object" && "code" in part.input && !("type" in part.input) ? {
						type: "programmatic-tool-call",
						...part.input
					} : part.input;
					content.push({
						type: "tool-call",
						toolCallId: part.id,
						toolName: toolNameMapping.toCustomToolName(part.name),
						input: JSON.stringify(inputToSerialize),
						providerExecuted: true,
						...markCodeExecutionDynamic && part.name === "code_execution" ? { dynamic: true } : {},
						...getAnthropicCallerMetadata(part.caller)
					});
				} else if (part.name === "tool_search_tool_regex" || part.name === "tool_search_tool_bm25") {
					serverToolCalls[part.id] = part.name;
					content.push({
						type: "tool-call",
						toolCallId: part.id,
						toolName: toolNameMapping.toCustomToolName(part.name),
						input: JSON.stringify(part.input),
						providerExecuted: true,
						...getAnthropicCallerMetadata(part.caller)
					});
				} else if (part.name === "advisor") content.push({
					type: "tool-call",
					toolCallId: part.id,
					toolName: toolNameMapping.toCustomToolName("advisor"),
					input: JSON.stringify(part.input),
					providerExecuted: true,
					...getAnthropicCallerMetadata(part.caller)
				});
				break;
			case "mcp_tool_use":
				mcpToolCalls[part.id] = {
					type: "tool-call",
					toolCallId: part.id,
					toolName: part.name,
					input: JSON.stringify(part.input),
					providerExecuted: true,
					dynamic: true,
					providerMetadata: { anthropic: {
						type: "mcp-tool-use",
						serverName: part.server_name
					} }
				};
				content.push(mcpToolCalls[part.id]);
				break;
			case "mcp_tool_result":
				content.push({
					type: "tool-result",
					toolCallId: part.tool_use_id,
					toolName: mcpToolCalls[part.tool_use_id].toolName,
					isError: part.is_error,
					result: part.content,
					dynamic: true,
					providerMetadata: mcpToolCalls[part.tool_use_id].providerMetadata
				});
				break;
			case "web_fetch_tool_result":
				if (part.content.type === "web_fetch_result") {
					citationDocuments.push({
						title: part.content.content.title ?? part.content.url,
						mediaType: part.content.content.source.media_type
					});
					content.push({
						type: "tool-result",
						toolCallId: part.tool_use_id,
						toolName: toolNameMapping.toCustomToolName("web_fetch"),
						result: {
							type: "web_fetch_result",
							url: part.content.url,
							retrievedAt: part.content.retrieved_at,
							content: {
								type: part.content.content.type,
								title: part.content.content.title,
								citations: part.content.content.citations,
								source: {
									type: part.content.content.source.type,
									mediaType: part.content.content.source.media_type,
									data: part.content.content.source.data
								}
							}
						},
						...getAnthropicCallerMetadata(part.caller)
					});
				} else if (part.content.type === "web_fetch_tool_result_error") content.push({
					type: "tool-result",
					toolCallId: part.tool_use_id,
					toolName: toolNameMapping.toCustomToolName("web_fetch"),
					isError: true,
					result: {
						type: "web_fetch_tool_result_error",
						errorCode: part.content.error_code
					},
					...getAnthropicCallerMetadata(part.caller)
				});
				break;
			case "web_search_tool_result":
				if (Array.isArray(part.content)) {
					content.push({
						type: "tool-result",
						toolCallId: part.tool_use_id,
						toolName: toolNameMapping.toCustomToolName("web_search"),
						result: part.content.map((result) => ({
							url: result.url,
							...result.title != null ? { title: result.title } : {},
							pageAge: result.page_age ?? null,
							encryptedContent: result.encrypted_content,
							type: result.type
						})),
						...getAnthropicCallerMetadata(part.caller)
					});
					for (const result of part.content) content.push({
						type: "source",
						sourceType: "url",
						id: this.generateId(),
						url: result.url,
						...result.title != null ? { title: result.title } : {},
						providerMetadata: { anthropic: { pageAge: result.page_age ?? null } }
					});
				} else content.push({
					type: "tool-result",
					toolCallId: part.tool_use_id,
					toolName: toolNameMapping.toCustomToolName("web_search"),
					isError: true,
					result: {
						type: "web_search_tool_result_error",
						errorCode: part.content.error_code
					},
					...getAnthropicCallerMetadata(part.caller)
				});
				break;
			case "code_execution_tool_result":
				if (part.content.type === "code_execution_result") content.push({
					type: "tool-result",
					toolCallId: part.tool_use_id,
					toolName: toolNameMapping.toCustomToolName("code_execution"),
					result: {
						type: part.content.type,
						stdout: part.content.stdout,
						stderr: part.content.stderr,
						return_code: part.content.return_code,
						content: part.content.content ?? []
					}
				});
				else if (part.content.type === "encrypted_code_execution_result") content.push({
					type: "tool-result",
					toolCallId: part.tool_use_id,
					toolName: toolNameMapping.toCustomToolName("code_execution"),
					result: {
						type: part.content.type,
						encrypted_stdout: part.content.encrypted_stdout,
						stderr: part.content.stderr,
						return_code: part.content.return_code,
						content: part.content.content ?? []
					}
				});
				else if (part.content.type === "code_execution_tool_result_error") content.push({
					type: "tool-result",
					toolCallId: part.tool_use_id,
					toolName: toolNameMapping.toCustomToolName("code_execution"),
					isError: true,
					result: {
						type: "code_execution_tool_result_error",
						errorCode: part.content.error_code
					}
				});
				break;
			case "bash_code_execution_tool_result":
			case "text_editor_code_execution_tool_result":
				content.push({
					type: "tool-result",
					toolCallId: part.tool_use_id,
					toolName: toolNameMapping.toCustomToolName("code_execution"),
					result: part.content
				});
				break;
			case "tool_search_tool_result": {
				let providerToolName = serverToolCalls[part.tool_use_id];
				if (providerToolName == null) {
					const bm25CustomName = toolNameMapping.toCustomToolName("tool_search_tool_bm25");
					const regexCustomName = toolNameMapping.toCustomToolName("tool_search_tool_regex");
					if (bm25CustomName !== "tool_search_tool_bm25") providerToolName = "tool_search_tool_bm25";
					else if (regexCustomName !== "tool_search_tool_regex") providerToolName = "tool_search_tool_regex";
					else providerToolName = "tool_search_tool_regex";
				}
				if (part.content.type === "tool_search_tool_search_result") content.push({
					type: "tool-result",
					toolCallId: part.tool_use_id,
					toolName: toolNameMapping.toCustomToolName(providerToolName),
					result: part.content.tool_references.map((ref) => ({
						type: ref.type,
						toolName: ref.tool_name
					}))
				});
				else content.push({
					type: "tool-result",
					toolCallId: part.tool_use_id,
					toolName: toolNameMapping.toCustomToolName(providerToolName),
					isError: true,
					result: {
						type: "tool_search_tool_result_error",
						errorCode: part.content.error_code
					}
				});
				break;
			}
			case "advisor_tool_result": {
				const advisorToolName = toolNameMapping.toCustomToolName("advisor");
				if (part.content.type === "advisor_result") content.push({
					type: "tool-result",
					toolCallId: part.tool_use_id,
					toolName: advisorToolName,
					result: {
						type: "advisor_result",
						text: part.content.text,
						...part.content.stop_reason != null && { stopReason: part.content.stop_reason }
					}
				});
				else if (part.content.type === "advisor_redacted_result") content.push({
					type: "tool-result",
					toolCallId: part.tool_use_id,
					toolName: advisorToolName,
					result: {
						type: "advisor_redacted_result",
						encryptedContent: part.content.encrypted_content,
						...part.content.stop_reason != null && { stopReason: part.content.stop_reason }
					}
				});
				else content.push({
					type: "tool-result",
					toolCallId: part.tool_use_id,
					toolName: advisorToolName,
					isError: true,
					result: {
						type: "advisor_tool_result_error",
						errorCode: part.content.error_code
					}
				});
				break;
			}
			case "fallback": content.push({
				type: "custom",
				kind: "anthropic.fallback",
				providerMetadata: { anthropic: {
					type: "fallback",
					from: part.from,
					to: part.to
				} }
			});
		}
		return {
			content,
			finishReason: {
				unified: mapAnthropicStopReason({
					finishReason: response.stop_reason,
					isJsonResponseFromTool
				}),
				raw: response.stop_reason ?? void 0
			},
			usage: convertAnthropicUsage({ usage: response.usage }),
			request: { body: args },
			response: {
				id: response.id ?? void 0,
				modelId: response.model ?? void 0,
				headers: responseHeaders,
				body: rawResponse
			},
			warnings,
			providerMetadata: (() => {
				const stopDetails = mapAnthropicStopDetails(response.stop_details);
				const serviceTier = response.usage.service_tier ?? response.service_tier;
				const anthropicMetadata = {
					usage: response.usage,
					stopSequence: response.stop_sequence ?? null,
					...serviceTier != null ? { serviceTier } : {},
					...stopDetails != null ? { stopDetails } : {},
					...response.input_transformations != null ? { inputTransformations: response.input_transformations } : {},
					...response.safeguard_results != null ? { safeguardResults: response.safeguard_results } : {},
					iterations: response.usage.iterations ? response.usage.iterations.map((iter) => ({
						type: iter.type,
						...iter.model != null ? { model: iter.model } : {},
						inputTokens: iter.input_tokens,
						outputTokens: iter.output_tokens,
						...iter.cache_creation_input_tokens ? { cacheCreationInputTokens: iter.cache_creation_input_tokens } : {},
						...iter.cache_read_input_tokens ? { cacheReadInputTokens: iter.cache_read_input_tokens } : {}
					})) : null,
					container: response.container ? {
						expiresAt: response.container.expires_at,
						id: response.container.id,
						skills: response.container.skills?.map((skill) => ({
							type: skill.type,
							skillId: skill.skill_id,
							version: skill.version
						})) ?? null
					} : null,
					contextManagement: mapAnthropicResponseContextManagement(response.context_management) ?? null
				};
				const providerMetadata = { anthropic: anthropicMetadata };
				if (usedCustomProviderKey && providerOptionsName !== "anthropic") providerMetadata[providerOptionsName] = anthropicMetadata;
				return providerMetadata;
			})()
		};
	}
	async doStream(options) {
		"use step";
		const configHeaders = this.config.headers ? await resolve(this.config.headers) : void 0;
		const { args: body, warnings, betas, usesJsonResponseTool, markCodeExecutionDynamic, includePings, toolNameMapping, preparedTools, providerOptionsName, usedCustomProviderKey } = await this.getArgs({
			...options,
			stream: true,
			userSuppliedBetas: this.getBetasFromHeaders(configHeaders, options.headers)
		});
		const citationDocuments = [...this.extractCitationDocuments(options.prompt)];
		const url = this.buildRequestUrl(true);
		const { responseHeaders, value: response } = await postJsonToApi({
			url,
			headers: await this.getHeaders({
				betas,
				configHeaders,
				headers: options.headers,
				providerOptions: options.providerOptions
			}),
			body: this.transformRequestBody(body, betas),
			failedResponseHandler: anthropicFailedResponseHandler,
			successfulResponseHandler: createEventSourceResponseHandler(anthropicChunkSchema),
			abortSignal: options.abortSignal,
			fetch: this.config.fetch
		});
		let finishReason = {
			unified: "other",
			raw: void 0
		};
		const usage = {
			input_tokens: 0,
			output_tokens: 0,
			cache_creation_input_tokens: 0,
			cache_read_input_tokens: 0,
			iterations: null
		};
		const contentBlocks = {};
		const mcpToolCalls = {};
		const serverToolCalls = {};
		let contextManagement = null;
		let rawUsage = void 0;
		let stopSequence = null;
		let serviceTier = null;
		let stopDetails = void 0;
		let inputTransformations;
		let safeguardResults;
		let container = null;
		let isJsonResponseFromTool = false;
		const heldBackText = [];
		const heldBackTextByIndex = /* @__PURE__ */ new Map();
		const createTextEnd = (id, citations) => ({
			type: "text-end",
			id,
			...citations.length > 0 && {
				citations: citations.map((citation) => mapAnthropicCitation(citation, citationDocuments)),
				providerMetadata: { anthropic: { citations } }
			}
		});
		let hasWebSearchResults = false;
		const fallbackWebCitations = [];
		let isMessageOpen = false;
		let activeMessageId;
		let hasInvalidMessageSequence = false;
		let blockType = void 0;
		const generateId = this.generateId;
		const transformedStream = response.pipeThrough(new TransformStream({
			start(controller) {
				controller.enqueue({
					type: "stream-start",
					warnings
				});
			},
			transform(chunk, controller) {
				if (hasInvalidMessageSequence) return;
				if (options.includeRawChunks) controller.enqueue({
					type: "raw",
					rawValue: chunk.rawValue
				});
				if (!chunk.success) {
					controller.enqueue({
						type: "error",
						error: chunk.error
					});
					return;
				}
				const value = chunk.value;
				switch (value.type) {
					case "ping":
						if (includePings) controller.enqueue({ type: "ping" });
						return;
					case "content_block_start": {
						const part = value.content_block;
						const contentBlockType = part.type;
						if (contentBlockType === "fallback") {
							controller.enqueue({
								type: "custom",
								kind: "anthropic.fallback",
								providerMetadata: { anthropic: {
									type: "fallback",
									from: part.from,
									to: part.to
								} }
							});
							return;
						}
						blockType = contentBlockType;
						if (!TEXT_OR_THINKING_BLOCK_TYPES.has(contentBlockType)) heldBackText.length = 0;
						switch (contentBlockType) {
							case "text":
								if (usesJsonResponseTool) {
									const entry = {
										id: String(value.index),
										text: "",
										citations: []
									};
									heldBackText.push(entry);
									heldBackTextByIndex.set(value.index, entry);
									return;
								}
								contentBlocks[value.index] = {
									type: "text",
									citations: []
								};
								controller.enqueue({
									type: "text-start",
									id: String(value.index)
								});
								return;
							case "thinking":
								contentBlocks[value.index] = { type: "reasoning" };
								controller.enqueue({
									type: "reasoning-start",
									id: String(value.index)
								});
								return;
							case "redacted_thinking":
								contentBlocks[value.index] = { type: "reasoning" };
								controller.enqueue({
									type: "reasoning-start",
									id: String(value.index),
									providerMetadata: { anthropic: { redactedData: part.data } }
								});
								return;
							case "compaction":
								contentBlocks[value.index] = {
									type: "text",
									citations: []
								};
								controller.enqueue({
									type: "text-start",
									id: String(value.index),
									providerMetadata: { anthropic: {
										type: "compaction",
										...part.signature != null && { signature: part.signature }
									} }
								});
								if (part.signature != null && part.content != null && part.content !== "") controller.enqueue({
									type: "text-delta",
									id: String(value.index),
									delta: part.content
								});
								return;
							case "tool_use":
								if (usesJsonResponseTool && part.name === "json") {
									isJsonResponseFromTool = true;
									contentBlocks[value.index] = {
										type: "text",
										citations: []
									};
									controller.enqueue({
										type: "text-start",
										id: String(value.index)
									});
								} else if (part.toolset_name != null) {
									validateToolsetMember({
										toolsetName: part.toolset_name,
										memberName: part.name,
										tools: preparedTools
									});
									const callerInfo = getAnthropicCallerInfo(part.caller);
									const customToolName = toolNameMapping.toCustomToolName(part.toolset_name);
									const hasNonEmptyInput = part.input && Object.keys(part.input).length > 0;
									contentBlocks[value.index] = {
										type: "tool-call",
										toolCallId: part.id,
										toolName: customToolName,
										input: hasNonEmptyInput ? JSON.stringify(part.input) : "",
										firstDelta: true,
										toolset: {
											name: part.toolset_name,
											memberName: part.name
										},
										...callerInfo && { caller: callerInfo }
									};
									controller.enqueue({
										type: "tool-input-start",
										id: part.id,
										toolName: customToolName
									});
								} else {
									const callerInfo = getAnthropicCallerInfo(part.caller);
									const initialInput = part.input && Object.keys(part.input).length > 0 ? JSON.stringify(part.input) : "";
									contentBlocks[value.index] = {
										type: "tool-call",
										toolCallId: part.id,
										toolName: part.name,
										input: initialInput,
										firstDelta: initialInput.length === 0,
										...callerInfo && { caller: callerInfo }
									};
									controller.enqueue({
										type: "tool-input-start",
										id: part.id,
										toolName: part.name
									});
								}
								return;
							case "server_tool_use": {
								const callerInfo = getAnthropicCallerInfo(part.caller);
								if ([
									"web_fetch",
									"web_search",
									"code_execution",
									"text_editor_code_execution",
									"bash_code_execution"
								].includes(part.name)) {
									const providerToolName = part.name === "text_editor_code_execution" || part.name === "bash_code_execution" ? "code_execution" : part.name;
									const providerToolInputType = part.name === "text_editor_code_execution" || part.name === "bash_code_execution" ? part.name : part.name === "code_execution" ? "programmatic-tool-call" : void 0;
									const customToolName = toolNameMapping.toCustomToolName(providerToolName);
									const finalInput = part.input != null && typeof part.input === "object" && Object.keys(part.input).length > 0 ? JSON.stringify(part.input) : "";
									contentBlocks[value.index] = {
										type: "tool-call",
										toolCallId: part.id,
										toolName: customToolName,
										input: finalInput,
										providerExecuted: true,
										...markCodeExecutionDynamic && providerToolName === "code_execution" ? { dynamic: true } : {},
										firstDelta: finalInput.length === 0,
										providerToolName,
										providerToolInputType,
										...callerInfo && { caller: callerInfo }
									};
									controller.enqueue({
										type: "tool-input-start",
										id: part.id,
										toolName: customToolName,
										providerExecuted: true,
										...markCodeExecutionDynamic && providerToolName === "code_execution" ? { dynamic: true } : {}
									});
								} else if (part.name === "tool_search_tool_regex" || part.name === "tool_search_tool_bm25") {
									serverToolCalls[part.id] = part.name;
									const customToolName = toolNameMapping.toCustomToolName(part.name);
									contentBlocks[value.index] = {
										type: "tool-call",
										toolCallId: part.id,
										toolName: customToolName,
										input: "",
										providerExecuted: true,
										firstDelta: true,
										providerToolName: part.name,
										...callerInfo && { caller: callerInfo }
									};
									controller.enqueue({
										type: "tool-input-start",
										id: part.id,
										toolName: customToolName,
										providerExecuted: true
									});
								} else if (part.name === "advisor") {
									const customToolName = toolNameMapping.toCustomToolName("advisor");
									contentBlocks[value.index] = {
										type: "tool-call",
										toolCallId: part.id,
										toolName: customToolName,
										input: "{}",
										providerExecuted: true,
										firstDelta: true,
										providerToolName: part.name,
										...callerInfo && { caller: callerInfo }
									};
									controller.enqueue({
										type: "tool-input-start",
										id: part.id,
										toolName: customToolName,
										providerExecuted: true
									});
								}
								return;
							}
							case "web_fetch_tool_result":
								if (part.content.type === "web_fetch_result") {
									citationDocuments.push({
										title: part.content.content.title ?? part.content.url,
										mediaType: part.content.content.source.media_type
									});
									controller.enqueue({
										type: "tool-result",
										toolCallId: part.tool_use_id,
										toolName: toolNameMapping.toCustomToolName("web_fetch"),
										result: {
											type: "web_fetch_result",
											url: part.content.url,
											retrievedAt: part.content.retrieved_at,
											content: {
												type: part.content.content.type,
												title: part.content.content.title,
												citations: part.content.content.citations,
												source: {
													type: part.content.content.source.type,
													mediaType: part.content.content.source.media_type,
													data: part.content.content.source.data
												}
											}
										},
										...getAnthropicCallerMetadata(part.caller)
									});
								} else if (part.content.type === "web_fetch_tool_result_error") controller.enqueue({
									type: "tool-result",
									toolCallId: part.tool_use_id,
									toolName: toolNameMapping.toCustomToolName("web_fetch"),
									isError: true,
									result: {
										type: "web_fetch_tool_result_error",
										errorCode: part.content.error_code
									},
									...getAnthropicCallerMetadata(part.caller)
								});
								return;
							case "web_search_tool_result":
								if (Array.isArray(part.content)) {
									controller.enqueue({
										type: "tool-result",
										toolCallId: part.tool_use_id,
										toolName: toolNameMapping.toCustomToolName("web_search"),
										result: part.content.map((result) => ({
											url: result.url,
											...result.title != null ? { title: result.title } : {},
											pageAge: result.page_age ?? null,
											encryptedContent: result.encrypted_content,
											type: result.type
										})),
										...getAnthropicCallerMetadata(part.caller)
									});
									for (const result of part.content) {
										hasWebSearchResults = true;
										controller.enqueue({
											type: "source",
											sourceType: "url",
											id: generateId(),
											url: result.url,
											...result.title != null ? { title: result.title } : {},
											providerMetadata: { anthropic: { pageAge: result.page_age ?? null } }
										});
									}
								} else controller.enqueue({
									type: "tool-result",
									toolCallId: part.tool_use_id,
									toolName: toolNameMapping.toCustomToolName("web_search"),
									isError: true,
									result: {
										type: "web_search_tool_result_error",
										errorCode: part.content.error_code
									},
									...getAnthropicCallerMetadata(part.caller)
								});
								return;
							case "code_execution_tool_result":
								if (part.content.type === "code_execution_result") controller.enqueue({
									type: "tool-result",
									toolCallId: part.tool_use_id,
									toolName: toolNameMapping.toCustomToolName("code_execution"),
									result: {
										type: part.content.type,
										stdout: part.content.stdout,
										stderr: part.content.stderr,
										return_code: part.content.return_code,
										content: part.content.content ?? []
									}
								});
								else if (part.content.type === "encrypted_code_execution_result") controller.enqueue({
									type: "tool-result",
									toolCallId: part.tool_use_id,
									toolName: toolNameMapping.toCustomToolName("code_execution"),
									result: {
										type: part.content.type,
										encrypted_stdout: part.content.encrypted_stdout,
										stderr: part.content.stderr,
										return_code: part.content.return_code,
										content: part.content.content ?? []
									}
								});
								else if (part.content.type === "code_execution_tool_result_error") controller.enqueue({
									type: "tool-result",
									toolCallId: part.tool_use_id,
									toolName: toolNameMapping.toCustomToolName("code_execution"),
									isError: true,
									result: {
										type: "code_execution_tool_result_error",
										errorCode: part.content.error_code
									}
								});
								return;
							case "bash_code_execution_tool_result":
							case "text_editor_code_execution_tool_result":
								controller.enqueue({
									type: "tool-result",
									toolCallId: part.tool_use_id,
									toolName: toolNameMapping.toCustomToolName("code_execution"),
									result: part.content
								});
								return;
							case "tool_search_tool_result": {
								let providerToolName = serverToolCalls[part.tool_use_id];
								if (providerToolName == null) {
									const bm25CustomName = toolNameMapping.toCustomToolName("tool_search_tool_bm25");
									const regexCustomName = toolNameMapping.toCustomToolName("tool_search_tool_regex");
									if (bm25CustomName !== "tool_search_tool_bm25") providerToolName = "tool_search_tool_bm25";
									else if (regexCustomName !== "tool_search_tool_regex") providerToolName = "tool_search_tool_regex";
									else providerToolName = "tool_search_tool_regex";
								}
								if (part.content.type === "tool_search_tool_search_result") controller.enqueue({
									type: "tool-result",
									toolCallId: part.tool_use_id,
									toolName: toolNameMapping.toCustomToolName(providerToolName),
									result: part.content.tool_references.map((ref) => ({
										type: ref.type,
										toolName: ref.tool_name
									}))
								});
								else controller.enqueue({
									type: "tool-result",
									toolCallId: part.tool_use_id,
									toolName: toolNameMapping.toCustomToolName(providerToolName),
									isError: true,
									result: {
										type: "tool_search_tool_result_error",
										errorCode: part.content.error_code
									}
								});
								return;
							}
							case "advisor_tool_result": {
								const advisorToolName = toolNameMapping.toCustomToolName("advisor");
								if (part.content.type === "advisor_result") controller.enqueue({
									type: "tool-result",
									toolCallId: part.tool_use_id,
									toolName: advisorToolName,
									result: {
										type: "advisor_result",
										text: part.content.text,
										...part.content.stop_reason != null && { stopReason: part.content.stop_reason }
									}
								});
								else if (part.content.type === "advisor_redacted_result") controller.enqueue({
									type: "tool-result",
									toolCallId: part.tool_use_id,
									toolName: advisorToolName,
									result: {
										type: "advisor_redacted_result",
										encryptedContent: part.content.encrypted_content,
										...part.content.stop_reason != null && { stopReason: part.content.stop_reason }
									}
								});
								else controller.enqueue({
									type: "tool-result",
									toolCallId: part.tool_use_id,
									toolName: advisorToolName,
									isError: true,
									result: {
										type: "advisor_tool_result_error",
										errorCode: part.content.error_code
									}
								});
								return;
							}
							case "mcp_tool_use":
								mcpToolCalls[part.id] = {
									type: "tool-call",
									toolCallId: part.id,
									toolName: part.name,
									input: JSON.stringify(part.input),
									providerExecuted: true,
									dynamic: true,
									providerMetadata: { anthropic: {
										type: "mcp-tool-use",
										serverName: part.server_name
									} }
								};
								controller.enqueue(mcpToolCalls[part.id]);
								return;
							case "mcp_tool_result":
								controller.enqueue({
									type: "tool-result",
									toolCallId: part.tool_use_id,
									toolName: mcpToolCalls[part.tool_use_id].toolName,
									isError: part.is_error,
									result: part.content,
									dynamic: true,
									providerMetadata: mcpToolCalls[part.tool_use_id].providerMetadata
								});
								return;
							default: throw new Error(`Unsupported content block type: ${contentBlockType}`);
						}
					}
					case "content_block_stop":
						if (contentBlocks[value.index] != null) {
							const contentBlock = contentBlocks[value.index];
							switch (contentBlock.type) {
								case "text":
									controller.enqueue(createTextEnd(String(value.index), contentBlock.citations));
									break;
								case "reasoning":
									controller.enqueue({
										type: "reasoning-end",
										id: String(value.index)
									});
									break;
								case "tool-call": if (!(usesJsonResponseTool && contentBlock.toolName === "json")) {
									if (contentBlock.toolset != null) {
										let memberInput = {};
										try {
											memberInput = contentBlock.input === "" ? {} : secureJsonParse(contentBlock.input);
										} catch {
											throw new InvalidResponseDataError({
												data: contentBlock.input,
												message: "Invalid toolset member input JSON."
											});
										}
										contentBlock.input = JSON.stringify(toToolsetMemberInput({
											memberName: contentBlock.toolset.memberName,
											input: memberInput
										}));
										controller.enqueue({
											type: "tool-input-delta",
											id: contentBlock.toolCallId,
											delta: contentBlock.input
										});
									}
									controller.enqueue({
										type: "tool-input-end",
										id: contentBlock.toolCallId
									});
									let finalInput = contentBlock.input === "" ? "{}" : contentBlock.input;
									if (contentBlock.providerToolName === "code_execution") try {
										const parsed = secureJsonParse(finalInput);
										if (parsed != null && typeof parsed === "object" && "code" in parsed && !("type" in parsed)) finalInput = JSON.stringify({
											type: "programmatic-tool-call",
											...parsed
										});
									} catch {}
									controller.enqueue({
										type: "tool-call",
										toolCallId: contentBlock.toolCallId,
										toolName: contentBlock.toolName,
										input: finalInput,
										providerExecuted: contentBlock.providerExecuted,
										...markCodeExecutionDynamic && contentBlock.providerToolName === "code_execution" ? { dynamic: true } : {},
										...(contentBlock.caller || contentBlock.toolset) && { providerMetadata: { anthropic: {
											...contentBlock.toolset && { toolsetName: contentBlock.toolset.name },
											...contentBlock.caller && { caller: contentBlock.caller }
										} } }
									});
								}
							}
							delete contentBlocks[value.index];
						}
						blockType = void 0;
						return;
					case "content_block_delta": {
						const deltaType = value.delta.type;
						switch (deltaType) {
							case "text_delta":
								if (usesJsonResponseTool) {
									const entry = heldBackTextByIndex.get(value.index);
									if (entry != null) entry.text += value.delta.text;
									return;
								}
								controller.enqueue({
									type: "text-delta",
									id: String(value.index),
									delta: value.delta.text
								});
								return;
							case "thinking_delta":
								controller.enqueue({
									type: "reasoning-delta",
									id: String(value.index),
									delta: value.delta.thinking
								});
								return;
							case "signature_delta":
								if (blockType === "thinking") controller.enqueue({
									type: "reasoning-delta",
									id: String(value.index),
									delta: "",
									providerMetadata: { anthropic: { signature: value.delta.signature } }
								});
								return;
							case "compaction_delta":
								if (value.delta.content != null) controller.enqueue({
									type: "text-delta",
									id: String(value.index),
									delta: value.delta.content
								});
								return;
							case "input_json_delta": {
								const contentBlock = contentBlocks[value.index];
								let delta = value.delta.partial_json;
								if (delta.length === 0) return;
								if (isJsonResponseFromTool) {
									if (contentBlock?.type !== "text") return;
									controller.enqueue({
										type: "text-delta",
										id: String(value.index),
										delta
									});
								} else {
									if (contentBlock?.type !== "tool-call") return;
									if (contentBlock.toolset != null) {
										contentBlock.input += delta;
										return;
									}
									if (contentBlock.firstDelta && contentBlock.providerToolInputType != null) delta = `{"type": "${contentBlock.providerToolInputType}",${delta.substring(1)}`;
									controller.enqueue({
										type: "tool-input-delta",
										id: contentBlock.toolCallId,
										delta
									});
									contentBlock.input += delta;
									contentBlock.firstDelta = false;
								}
								return;
							}
							case "citations_delta": {
								const citation = value.delta.citation;
								const contentBlock = contentBlocks[value.index];
								if (contentBlock?.type === "text") contentBlock.citations.push(citation);
								heldBackTextByIndex.get(value.index)?.citations.push(citation);
								if (citation.type === "web_search_result_location") fallbackWebCitations.push(citation);
								else {
									const source = createCitationSource(citation, citationDocuments, generateId);
									if (source) controller.enqueue(source);
								}
								return;
							}
							default: throw new Error(`Unsupported delta type: ${deltaType}`);
						}
					}
					case "message_start":
						if (isMessageOpen) {
							if (activeMessageId === value.message.id) return;
							hasInvalidMessageSequence = true;
							controller.enqueue({
								type: "error",
								error: new InvalidResponseDataError({
									data: value,
									message: `Received message_start for message ${JSON.stringify(value.message.id)} while message ${JSON.stringify(activeMessageId)} is still open.`
								})
							});
							return;
						}
						serviceTier = value.message.usage.service_tier ?? value.message.service_tier ?? null;
						isMessageOpen = true;
						activeMessageId = value.message.id;
						heldBackTextByIndex.clear();
						usage.input_tokens = value.message.usage.input_tokens;
						usage.cache_read_input_tokens = value.message.usage.cache_read_input_tokens ?? 0;
						usage.cache_creation_input_tokens = value.message.usage.cache_creation_input_tokens ?? 0;
						rawUsage = { ...value.message.usage };
						if (value.message.input_transformations != null) inputTransformations = value.message.input_transformations;
						if (value.message.container != null) container = {
							expiresAt: value.message.container.expires_at,
							id: value.message.container.id,
							skills: null
						};
						if (value.message.stop_reason != null) finishReason = {
							unified: mapAnthropicStopReason({
								finishReason: value.message.stop_reason,
								isJsonResponseFromTool
							}),
							raw: value.message.stop_reason
						};
						controller.enqueue({
							type: "response-metadata",
							id: value.message.id ?? void 0,
							modelId: value.message.model ?? void 0
						});
						controller.enqueue({
							type: "custom",
							kind: "anthropic.message_start",
							providerMetadata: { anthropic: {
								id: value.message.id ?? null,
								model: value.message.model ?? null,
								usage: rawUsage
							} }
						});
						if (value.message.content != null) for (let contentIndex = 0; contentIndex < value.message.content.length; contentIndex++) {
							const part = value.message.content[contentIndex];
							if (part.type === "tool_use") {
								const callerInfo = getAnthropicCallerInfo(part.caller);
								controller.enqueue({
									type: "tool-input-start",
									id: part.id,
									toolName: part.name
								});
								const inputStr = JSON.stringify(part.input ?? {});
								controller.enqueue({
									type: "tool-input-delta",
									id: part.id,
									delta: inputStr
								});
								controller.enqueue({
									type: "tool-input-end",
									id: part.id
								});
								controller.enqueue({
									type: "tool-call",
									toolCallId: part.id,
									toolName: part.name,
									input: inputStr,
									...callerInfo && { providerMetadata: { anthropic: { caller: callerInfo } } }
								});
							}
						}
						return;
					case "message_delta":
						if (value.usage.input_tokens != null && usage.input_tokens !== value.usage.input_tokens) usage.input_tokens = value.usage.input_tokens;
						usage.output_tokens = value.usage.output_tokens;
						if (value.usage.output_tokens_details != null) usage.output_tokens_details = value.usage.output_tokens_details;
						if (value.usage.cache_read_input_tokens != null) usage.cache_read_input_tokens = value.usage.cache_read_input_tokens;
						if (value.usage.cache_creation_input_tokens != null) usage.cache_creation_input_tokens = value.usage.cache_creation_input_tokens;
						if (value.usage.iterations != null) usage.iterations = value.usage.iterations;
						finishReason = {
							unified: mapAnthropicStopReason({
								finishReason: value.delta.stop_reason,
								isJsonResponseFromTool
							}),
							raw: value.delta.stop_reason ?? void 0
						};
						stopSequence = value.delta.stop_sequence ?? null;
						stopDetails = mapAnthropicStopDetails(value.delta.stop_details);
						container = value.delta.container != null ? {
							expiresAt: value.delta.container.expires_at,
							id: value.delta.container.id,
							skills: value.delta.container.skills?.map((skill) => ({
								type: skill.type,
								skillId: skill.skill_id,
								version: skill.version
							})) ?? null
						} : null;
						if (value.context_management) contextManagement = mapAnthropicResponseContextManagement(value.context_management);
						if (value.input_transformations != null) inputTransformations = value.input_transformations;
						if (value.delta.safeguard_results != null) safeguardResults = value.delta.safeguard_results;
						serviceTier = value.usage.service_tier ?? serviceTier;
						rawUsage = {
							...rawUsage,
							...value.usage
						};
						return;
					case "message_stop": {
						isMessageOpen = false;
						activeMessageId = void 0;
						const anthropicMetadata = {
							usage: rawUsage ?? null,
							stopSequence,
							...serviceTier != null ? { serviceTier } : {},
							...stopDetails != null ? { stopDetails } : {},
							...inputTransformations != null ? { inputTransformations } : {},
							...safeguardResults != null ? { safeguardResults } : {},
							iterations: usage.iterations ? usage.iterations.map((iter) => ({
								type: iter.type,
								...iter.model != null ? { model: iter.model } : {},
								inputTokens: iter.input_tokens,
								outputTokens: iter.output_tokens,
								...iter.cache_creation_input_tokens ? { cacheCreationInputTokens: iter.cache_creation_input_tokens } : {},
								...iter.cache_read_input_tokens ? { cacheReadInputTokens: iter.cache_read_input_tokens } : {}
							})) : null,
							container,
							contextManagement
						};
						const providerMetadata = { anthropic: anthropicMetadata };
						if (usedCustomProviderKey && providerOptionsName !== "anthropic") providerMetadata[providerOptionsName] = anthropicMetadata;
						if (!hasWebSearchResults) for (const citation of fallbackWebCitations) {
							const source = createCitationSource(citation, citationDocuments, generateId);
							if (source) controller.enqueue(source);
						}
						fallbackWebCitations.length = 0;
						if (!isJsonResponseFromTool && !isContinuationStopReason(finishReason.raw)) for (const { id, text, citations } of heldBackText) {
							if (text.length === 0) continue;
							controller.enqueue({
								type: "text-start",
								id
							});
							controller.enqueue({
								type: "text-delta",
								id,
								delta: text
							});
							controller.enqueue(createTextEnd(id, citations));
						}
						heldBackText.length = 0;
						controller.enqueue({
							type: "finish",
							finishReason,
							usage: convertAnthropicUsage({
								usage,
								rawUsage
							}),
							providerMetadata
						});
						return;
					}
					case "error":
						controller.enqueue({
							type: "error",
							error: createAnthropicStreamError(value.error)
						});
						return;
					default: throw new Error(`Unsupported chunk type: ${value}`);
				}
			}
		}));
		let hasOutput = false;
		let hasStreamError = false;
		let lastFinish;
		const [streamForFirstChunk, streamForConsumer] = transformedStream.pipeThrough(new TransformStream({
			transform(chunk, controller) {
				switch (chunk.type) {
					case "response-metadata":
						hasOutput = false;
						break;
					case "finish":
						hasOutput = false;
						lastFinish = chunk;
						break;
					case "error":
						hasStreamError = true;
						break;
					case "text-delta":
					case "reasoning-delta":
					case "tool-input-delta":
						hasOutput ||= chunk.delta.length > 0;
						break;
					case "tool-call": hasOutput = true;
				}
				controller.enqueue(chunk);
			},
			flush(controller) {
				if (hasOutput && !hasStreamError) controller.enqueue({
					type: "finish",
					finishReason: {
						unified: "interrupted",
						raw: void 0
					},
					usage: lastFinish?.usage ?? {
						inputTokens: {
							total: void 0,
							noCache: void 0,
							cacheRead: void 0,
							cacheWrite: void 0
						},
						outputTokens: {
							total: void 0,
							text: void 0,
							reasoning: void 0
						}
					},
					...lastFinish?.providerMetadata != null ? { providerMetadata: lastFinish.providerMetadata } : {}
				});
			}
		})).tee();
		const firstChunkReader = streamForFirstChunk.getReader();
		try {
			await firstChunkReader.read();
			let result = await firstChunkReader.read();
			while (result.value?.type === "raw" || result.value?.type === "ping") result = await firstChunkReader.read();
			if (result.value?.type === "error") {
				const error = result.value.error;
				if (!isProviderStreamError(error)) throw new Error("Expected a normalized Anthropic stream error");
				throw new APICallError({
					message: error.message,
					url,
					requestBodyValues: body,
					statusCode: error.statusCode ?? 500,
					responseHeaders,
					responseBody: JSON.stringify(error.data),
					isRetryable: error.isRetryable ?? false
				});
			}
		} finally {
			firstChunkReader.cancel().catch(() => {});
			firstChunkReader.releaseLock();
		}
		return {
			stream: streamForConsumer,
			request: { body },
			response: { headers: responseHeaders }
		};
	}
};
function hasDynamicFilteringWebToolWithoutCodeExecution(tools) {
	if (!tools) return false;
	let hasDynamicFilteringWebTool = false;
	let hasCodeExecutionTool = false;
	for (const tool of tools) {
		if ("type" in tool && (tool.type === "web_fetch_20260209" || tool.type === "web_fetch_20260318" || tool.type === "web_search_20260209" || tool.type === "web_search_20260318")) {
			hasDynamicFilteringWebTool = true;
			continue;
		}
		if ("type" in tool && (tool.type === "code_execution_20250522" || tool.type === "code_execution_20250825" || tool.type === "code_execution_20260120")) {
			hasCodeExecutionTool = true;
			break;
		}
	}
	return hasDynamicFilteringWebTool && !hasCodeExecutionTool;
}
function resolveAnthropicReasoningConfig({ reasoning, modelId, supportsAdaptiveThinking, supportsXhighEffort, rejectsThinkingDisabled, supportsBetweenToolsThinking, maxOutputTokensForModel, warnings }) {
	if (!isCustomReasoning(reasoning)) return;
	if (reasoning === "none") {
		if (supportsBetweenToolsThinking) {
			warnings.push({
				type: "compatibility",
				feature: "reasoning",
				details: `reasoning 'none' is not supported by ${modelId}; thinking cannot be disabled. Using 'between_tools' thinking, the lowest thinking setting, instead.`
			});
			return { thinking: { type: "between_tools" } };
		}
		if (rejectsThinkingDisabled) {
			warnings.push({
				type: "compatibility",
				feature: "reasoning",
				details: `reasoning 'none' is not supported by ${modelId}; it always uses adaptive thinking. Using effort 'low' to minimize thinking instead.`
			});
			return { effort: "low" };
		}
		return { thinking: { type: "disabled" } };
	}
	if (supportsAdaptiveThinking) return {
		thinking: {
			type: "adaptive",
			display: "summarized"
		},
		effort: mapReasoningToProviderEffort({
			reasoning,
			effortMap: {
				low: "low",
				medium: "medium",
				high: "high",
				...supportsXhighEffort && { xhigh: "xhigh" },
				max: "max"
			},
			warnings
		})
	};
	return { thinking: {
		type: "enabled",
		budgetTokens: mapReasoningToProviderBudget({
			reasoning,
			maxOutputTokens: maxOutputTokensForModel,
			maxReasoningBudget: maxOutputTokensForModel,
			warnings
		})
	} };
}
function mapAnthropicResponseContextManagement(contextManagement) {
	return contextManagement ? { appliedEdits: contextManagement.applied_edits.map((edit) => {
		switch (edit.type) {
			case "clear_tool_uses_20250919": return {
				type: edit.type,
				clearedToolUses: edit.cleared_tool_uses,
				clearedInputTokens: edit.cleared_input_tokens
			};
			case "clear_thinking_20251015": return {
				type: edit.type,
				clearedThinkingTurns: edit.cleared_thinking_turns,
				clearedInputTokens: edit.cleared_input_tokens
			};
			case "compact_20260112": return { type: edit.type };
		}
	}).filter((edit) => edit !== void 0) } : null;
}
function mapAnthropicStopDetails(stopDetails) {
	if (stopDetails == null) return;
	return {
		type: stopDetails.type,
		...stopDetails.category != null ? { category: stopDetails.category } : {},
		...stopDetails.explanation != null ? { explanation: stopDetails.explanation } : {},
		...stopDetails.recommended_model != null ? { recommendedModel: stopDetails.recommended_model } : {}
	};
}
//#endregion
//#region src/tool/bash_20241022.ts
const bash_20241022InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	command: schemas/* string */.YjP(),
	restart: schemas/* boolean */.zMY().optional()
})));
const bash_20241022_internal = (0,provider_utils_dist/* createProviderDefinedToolFactory */.hL)({
	id: "anthropic.bash_20241022",
	inputSchema: bash_20241022InputSchema
});
function bash_20241022(options = {}) {
	const { execute, ...rest } = options;
	if (execute === void 0) return bash_20241022_internal({
		...rest,
		execute: async ({ command }, { abortSignal, experimental_sandbox: sandbox }) => {
			if (!sandbox) throw new Error("Sandbox session is not available");
			return await sandbox.run({
				command,
				abortSignal
			});
		}
	});
	return bash_20241022_internal({
		...rest,
		...execute === null ? {} : { execute }
	});
}
//#endregion
//#region src/tool/bash_20250124.ts
const bash_20250124InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	command: schemas/* string */.YjP(),
	restart: schemas/* boolean */.zMY().optional()
})));
const bash_20250124_internal = (0,provider_utils_dist/* createProviderDefinedToolFactory */.hL)({
	id: "anthropic.bash_20250124",
	inputSchema: bash_20250124InputSchema
});
function bash_20250124(options = {}) {
	const { execute, ...rest } = options;
	if (execute === void 0) return bash_20250124_internal({
		...rest,
		execute: async ({ command }, { abortSignal, experimental_sandbox: sandbox }) => {
			if (!sandbox) throw new Error("Sandbox session is not available");
			return await sandbox.run({
				command,
				abortSignal
			});
		}
	});
	return bash_20250124_internal({
		...rest,
		...execute === null ? {} : { execute }
	});
}
//#endregion
//#region src/tool/computer_20241022.ts
const computer_20241022InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	action: schemas/* enum */.k5n([
		"key",
		"type",
		"mouse_move",
		"left_click",
		"left_click_drag",
		"right_click",
		"middle_click",
		"double_click",
		"screenshot",
		"cursor_position"
	]),
	coordinate: schemas/* array */.YOg(schemas/* number */.aig().int()).optional(),
	text: schemas/* string */.YjP().optional()
})));
const computer_20241022 = (0,provider_utils_dist/* createProviderDefinedToolFactory */.hL)({
	id: "anthropic.computer_20241022",
	inputSchema: computer_20241022InputSchema
});
//#endregion
//#region src/tool/computer_20250124.ts
const computer_20250124InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	action: schemas/* enum */.k5n([
		"key",
		"hold_key",
		"type",
		"cursor_position",
		"mouse_move",
		"left_mouse_down",
		"left_mouse_up",
		"left_click",
		"left_click_drag",
		"right_click",
		"middle_click",
		"double_click",
		"triple_click",
		"scroll",
		"wait",
		"screenshot"
	]),
	coordinate: schemas/* tuple */.PVZ([schemas/* number */.aig().int(), schemas/* number */.aig().int()]).optional(),
	duration: schemas/* number */.aig().optional(),
	scroll_amount: schemas/* number */.aig().optional(),
	scroll_direction: schemas/* enum */.k5n([
		"up",
		"down",
		"left",
		"right"
	]).optional(),
	start_coordinate: schemas/* tuple */.PVZ([schemas/* number */.aig().int(), schemas/* number */.aig().int()]).optional(),
	text: schemas/* string */.YjP().optional()
})));
const computer_20250124 = (0,provider_utils_dist/* createProviderDefinedToolFactory */.hL)({
	id: "anthropic.computer_20250124",
	inputSchema: computer_20250124InputSchema
});
//#endregion
//#region src/tool/computer_20251124.ts
const computer_20251124InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	action: schemas/* enum */.k5n([
		"key",
		"hold_key",
		"type",
		"cursor_position",
		"mouse_move",
		"left_mouse_down",
		"left_mouse_up",
		"left_click",
		"left_click_drag",
		"right_click",
		"middle_click",
		"double_click",
		"triple_click",
		"scroll",
		"wait",
		"screenshot",
		"zoom"
	]),
	coordinate: schemas/* tuple */.PVZ([schemas/* number */.aig().int(), schemas/* number */.aig().int()]).optional(),
	duration: schemas/* number */.aig().optional(),
	region: schemas/* tuple */.PVZ([
		schemas/* number */.aig().int(),
		schemas/* number */.aig().int(),
		schemas/* number */.aig().int(),
		schemas/* number */.aig().int()
	]).optional(),
	scroll_amount: schemas/* number */.aig().optional(),
	scroll_direction: schemas/* enum */.k5n([
		"up",
		"down",
		"left",
		"right"
	]).optional(),
	start_coordinate: schemas/* tuple */.PVZ([schemas/* number */.aig().int(), schemas/* number */.aig().int()]).optional(),
	text: schemas/* string */.YjP().optional()
})));
const computer_20251124 = (0,provider_utils_dist/* createProviderDefinedToolFactory */.hL)({
	id: "anthropic.computer_20251124",
	inputSchema: computer_20251124InputSchema
});
//#endregion
//#region src/tool/memory_20250818.ts
const memory_20250818InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* discriminatedUnion */.gMt("command", [
	schemas/* object */.Ikc({
		command: schemas/* literal */.euz("view"),
		path: schemas/* string */.YjP(),
		view_range: schemas/* tuple */.PVZ([schemas/* number */.aig(), schemas/* number */.aig()]).optional()
	}),
	schemas/* object */.Ikc({
		command: schemas/* literal */.euz("create"),
		path: schemas/* string */.YjP(),
		file_text: schemas/* string */.YjP()
	}),
	schemas/* object */.Ikc({
		command: schemas/* literal */.euz("str_replace"),
		path: schemas/* string */.YjP(),
		old_str: schemas/* string */.YjP(),
		new_str: schemas/* string */.YjP()
	}),
	schemas/* object */.Ikc({
		command: schemas/* literal */.euz("insert"),
		path: schemas/* string */.YjP(),
		insert_line: schemas/* number */.aig(),
		insert_text: schemas/* string */.YjP()
	}),
	schemas/* object */.Ikc({
		command: schemas/* literal */.euz("delete"),
		path: schemas/* string */.YjP()
	}),
	schemas/* object */.Ikc({
		command: schemas/* literal */.euz("rename"),
		old_path: schemas/* string */.YjP(),
		new_path: schemas/* string */.YjP()
	})
])));
const memory_20250818 = (0,provider_utils_dist/* createProviderDefinedToolFactory */.hL)({
	id: "anthropic.memory_20250818",
	inputSchema: memory_20250818InputSchema
});
//#endregion
//#region src/tool/text-editor_20241022.ts
const textEditor_20241022InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	command: schemas/* enum */.k5n([
		"view",
		"create",
		"str_replace",
		"insert",
		"undo_edit"
	]),
	path: schemas/* string */.YjP(),
	file_text: schemas/* string */.YjP().optional(),
	insert_line: schemas/* number */.aig().int().optional(),
	new_str: schemas/* string */.YjP().optional(),
	insert_text: schemas/* string */.YjP().optional(),
	old_str: schemas/* string */.YjP().optional(),
	view_range: schemas/* array */.YOg(schemas/* number */.aig().int()).optional()
})));
const textEditor_20241022 = (0,provider_utils_dist/* createProviderDefinedToolFactory */.hL)({
	id: "anthropic.text_editor_20241022",
	inputSchema: textEditor_20241022InputSchema
});
//#endregion
//#region src/tool/text-editor_20250124.ts
const textEditor_20250124InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	command: schemas/* enum */.k5n([
		"view",
		"create",
		"str_replace",
		"insert",
		"undo_edit"
	]),
	path: schemas/* string */.YjP(),
	file_text: schemas/* string */.YjP().optional(),
	insert_line: schemas/* number */.aig().int().optional(),
	new_str: schemas/* string */.YjP().optional(),
	insert_text: schemas/* string */.YjP().optional(),
	old_str: schemas/* string */.YjP().optional(),
	view_range: schemas/* array */.YOg(schemas/* number */.aig().int()).optional()
})));
const textEditor_20250124 = (0,provider_utils_dist/* createProviderDefinedToolFactory */.hL)({
	id: "anthropic.text_editor_20250124",
	inputSchema: textEditor_20250124InputSchema
});
//#endregion
//#region src/tool/text-editor_20250429.ts
const textEditor_20250429InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	command: schemas/* enum */.k5n([
		"view",
		"create",
		"str_replace",
		"insert"
	]),
	path: schemas/* string */.YjP(),
	file_text: schemas/* string */.YjP().optional(),
	insert_line: schemas/* number */.aig().int().optional(),
	new_str: schemas/* string */.YjP().optional(),
	insert_text: schemas/* string */.YjP().optional(),
	old_str: schemas/* string */.YjP().optional(),
	view_range: schemas/* array */.YOg(schemas/* number */.aig().int()).optional()
})));
const textEditor_20250429 = (0,provider_utils_dist/* createProviderDefinedToolFactory */.hL)({
	id: "anthropic.text_editor_20250429",
	inputSchema: textEditor_20250429InputSchema
});
//#endregion
//#region src/tool/tool-search-bm25_20251119.ts
/**
* Output schema for tool search results - returns tool references
* that are automatically expanded into full tool definitions by the API.
*/
const toolSearchBm25_20251119OutputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* array */.YOg(schemas/* object */.Ikc({
	type: schemas/* literal */.euz("tool_reference"),
	toolName: schemas/* string */.YjP()
}))));
/**
* Input schema for BM25-based tool search.
* Claude uses natural language queries to search for tools.
*/
const toolSearchBm25_20251119InputSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	/**
	* A natural language query to search for tools.
	* Claude will use BM25 text search to find relevant tools.
	*/
	query: schemas/* string */.YjP(),
	/**
	* Maximum number of tools to return. Optional.
	*/
	limit: schemas/* number */.aig().optional()
})));
const factory = (0,provider_utils_dist/* createProviderExecutedToolFactory */.z)({
	id: "anthropic.tool_search_bm25_20251119",
	inputSchema: toolSearchBm25_20251119InputSchema,
	outputSchema: toolSearchBm25_20251119OutputSchema,
	supportsDeferredResults: true
});
/**
* Creates a tool search tool that uses BM25 (natural language) to find tools.
*
* The tool search tool enables Claude to work with hundreds or thousands of tools
* by dynamically discovering and loading them on-demand. Instead of loading all
* tool definitions into the context window upfront, Claude searches your tool
* catalog and loads only the tools it needs.
*
* When Claude uses this tool, it uses natural language queries (NOT regex patterns)
* to search for tools using BM25 text search.
*
* **Important**: This tool should never have `deferLoading: true` in providerOptions.
*
* @example
* ```ts
* import { anthropicTools } from '@ai-sdk/anthropic';
*
* const tools = {
*   toolSearch: anthropicTools.toolSearchBm25_20251119(),
*   // Other tools with deferLoading...
* };
* ```
*
* @see https://docs.anthropic.com/en/docs/agents-and-tools/tool-search-tool
*/
const toolSearchBm25_20251119 = (args = {}) => {
	return factory(args);
};
//#endregion
//#region src/anthropic-tools.ts
const anthropicTools = {
	/**
	* Pairs a faster executor model with a higher-intelligence advisor model
	* that provides strategic guidance mid-generation.
	*
	* The advisor lets a faster, lower-cost executor model consult a
	* higher-intelligence advisor model server-side. The advisor reads the
	* executor's full transcript and produces a plan or course correction;
	* the executor continues with the task, informed by the advice. All of
	* this happens inside a single `/v1/messages` request.
	*
	* Beta header `advisor-tool-2026-03-01` is added automatically when this
	* tool is included.
	*
	* Multi-turn conversations: pass the full assistant content (including
	* `advisor_tool_result` blocks) back to the API on subsequent turns. If
	* you omit the advisor tool from `tools` on a follow-up turn while the
	* message history still contains `advisor_tool_result` blocks, the API
	* returns a `400 invalid_request_error`.
	*
	* Supported executor models: Claude Haiku 4.5, Sonnet 4.6, Opus 4.6,
	* Opus 4.7. The advisor must be at least as capable as the executor.
	*
	* @param model - The advisor model ID (required), e.g. `"claude-opus-4-8"`.
	* @param maxUses - Maximum advisor calls per request (per-request cap).
	* @param maxTokens - Maximum advisor output tokens per call, including
	* thinking and text. Minimum 1024; Anthropic recommends starting with 2048.
	* @param caching - Enables prompt caching for the advisor's transcript
	* across calls within a conversation. Worthwhile from ~3 advisor calls
	* per conversation.
	*/
	advisor_20260301,
	/**
	* The bash tool enables Claude to execute shell commands in a persistent bash session,
	* allowing system operations, script execution, and command-line automation.
	*
	* Image results are supported.
	*/
	bash_20241022,
	/**
	* The bash tool enables Claude to execute shell commands in a persistent bash session,
	* allowing system operations, script execution, and command-line automation.
	*
	* Image results are supported.
	*/
	bash_20250124,
	/**
	* Claude can analyze data, create visualizations, perform complex calculations,
	* run system commands, create and edit files, and process uploaded files directly within
	* the API conversation.
	*
	* The code execution tool allows Claude to run Bash commands and manipulate files,
	* including writing code, in a secure, sandboxed environment.
	*/
	codeExecution_20250522,
	/**
	* Claude can analyze data, create visualizations, perform complex calculations,
	* run system commands, create and edit files, and process uploaded files directly within
	* the API conversation.
	*
	* The code execution tool allows Claude to run both Python and Bash commands and manipulate files,
	* including writing code, in a secure, sandboxed environment.
	*
	* This is the latest version with enhanced Bash support and file operations.
	*/
	codeExecution_20250825,
	/**
	* Claude can analyze data, create visualizations, perform complex calculations,
	* run system commands, create and edit files, and process uploaded files directly within
	* the API conversation.
	*
	* The code execution tool allows Claude to run both Python and Bash commands and manipulate files,
	* including writing code, in a secure, sandboxed environment.
	*
	* This is the recommended version. Does not require a beta header.
	*
	* Supported models: Claude Opus 4.6, Sonnet 4.6, Sonnet 4.5, Opus 4.5
	*/
	codeExecution_20260120,
	/**
	* Claude can interact with computer environments through the computer use tool, which
	* provides screenshot capabilities and mouse/keyboard control for autonomous desktop interaction.
	*
	* Image results are supported.
	*
	* @param displayWidthPx - The width of the display being controlled by the model in pixels.
	* @param displayHeightPx - The height of the display being controlled by the model in pixels.
	* @param displayNumber - The display number to control (only relevant for X11 environments). If specified, the tool will be provided a display number in the tool definition.
	*/
	computer_20241022,
	/**
	* Claude can interact with computer environments through the computer use tool, which
	* provides screenshot capabilities and mouse/keyboard control for autonomous desktop interaction.
	*
	* Image results are supported.
	*
	* @param displayWidthPx - The width of the display being controlled by the model in pixels.
	* @param displayHeightPx - The height of the display being controlled by the model in pixels.
	* @param displayNumber - The display number to control (only relevant for X11 environments). If specified, the tool will be provided a display number in the tool definition.
	*/
	computer_20250124,
	/**
	* Claude can interact with computer environments through the computer use tool, which
	* provides screenshot capabilities and mouse/keyboard control for autonomous desktop interaction.
	*
	* This version adds the zoom action for detailed screen region inspection.
	*
	* Image results are supported.
	*
	* Supported models: Claude Opus 4.5
	*
	* @param displayWidthPx - The width of the display being controlled by the model in pixels.
	* @param displayHeightPx - The height of the display being controlled by the model in pixels.
	* @param displayNumber - The display number to control (only relevant for X11 environments). If specified, the tool will be provided a display number in the tool definition.
	* @param enableZoom - Enable zoom action. Set to true to allow Claude to zoom into specific screen regions. Default: false.
	*/
	computer_20251124,
	/**
	* The computer toolset lets Claude control a computer through screenshots,
	* mouse, and keyboard. It replaces the versioned computer tools
	* (`computer_20251124` and earlier) on newer models.
	*
	* The API returns each computer action as its own `tool_use` block with
	* `toolset_name: 'computer'`. The AI SDK maps every member call to this tool
	* and exposes the member name as `action`, so `execute` receives the same
	* input shape as the older computer tools. Claude may return several actions
	* in one turn.
	*
	* Coordinates are always in the pixel space of the screenshots you return;
	* there are no display size parameters. Zoom is enabled by default.
	*
	* Does not require a beta header.
	*
	* Supported models: Claude Opus 5.5 (required; older computer tool types
	* are rejected), Opus 5, Sonnet 5, Fable 5, Fable 5.1, Opus 4.8.
	*
	* @param configs - Per-member settings keyed by member name, e.g.
	* `{ zoom: { enabled: false } }`. Omitted members keep their defaults.
	*/
	computerToolset_20260801,
	/**
	* The memory tool enables Claude to store and retrieve information across conversations through a memory file directory.
	* Claude can create, read, update, and delete files that persist between sessions,
	* allowing it to build knowledge over time without keeping everything in the context window.
	* The memory tool operates client-side—you control where and how the data is stored through your own infrastructure.
	*
	* Supported models: Claude Sonnet 4.5, Claude Sonnet 4, Claude Opus 4.1, Claude Opus 4.
	*/
	memory_20250818,
	/**
	* Claude can use an Anthropic-defined text editor tool to view and modify text files,
	* helping you debug, fix, and improve your code or other text documents. This allows Claude
	* to directly interact with your files, providing hands-on assistance rather than just suggesting changes.
	*
	* Supported models: Claude Sonnet 3.5
	*/
	textEditor_20241022,
	/**
	* Claude can use an Anthropic-defined text editor tool to view and modify text files,
	* helping you debug, fix, and improve your code or other text documents. This allows Claude
	* to directly interact with your files, providing hands-on assistance rather than just suggesting changes.
	*
	* Supported models: Claude Sonnet 3.7
	*/
	textEditor_20250124,
	/**
	* Claude can use an Anthropic-defined text editor tool to view and modify text files,
	* helping you debug, fix, and improve your code or other text documents. This allows Claude
	* to directly interact with your files, providing hands-on assistance rather than just suggesting changes.
	*
	* Note: This version does not support the "undo_edit" command.
	*
	* @deprecated Use textEditor_20250728 instead
	*/
	textEditor_20250429,
	/**
	* Claude can use an Anthropic-defined text editor tool to view and modify text files,
	* helping you debug, fix, and improve your code or other text documents. This allows Claude
	* to directly interact with your files, providing hands-on assistance rather than just suggesting changes.
	*
	* Note: This version does not support the "undo_edit" command and adds optional max_characters parameter.
	*
	* Supported models: Claude Sonnet 4, Opus 4, and Opus 4.1
	*
	* @param maxCharacters - Optional maximum number of characters to view in the file
	*/
	textEditor_20250728,
	/**
	* Creates a web fetch tool that gives Claude direct access to real-time web content.
	*
	* @param maxUses - The max_uses parameter limits the number of web fetches performed
	* @param allowedDomains - Only fetch from these domains
	* @param blockedDomains - Never fetch from these domains
	* @param citations - Unlike web search where citations are always enabled, citations are optional for web fetch. Set "citations": {"enabled": true} to enable Claude to cite specific passages from fetched documents.
	* @param maxContentTokens - The max_content_tokens parameter limits the amount of content that will be included in the context.
	*/
	webFetch_20250910,
	/**
	* Creates a web fetch tool that gives Claude direct access to real-time web content.
	*
	* @param maxUses - The max_uses parameter limits the number of web fetches performed
	* @param allowedDomains - Only fetch from these domains
	* @param blockedDomains - Never fetch from these domains
	* @param citations - Unlike web search where citations are always enabled, citations are optional for web fetch. Set "citations": {"enabled": true} to enable Claude to cite specific passages from fetched documents.
	* @param maxContentTokens - The max_content_tokens parameter limits the amount of content that will be included in the context.
	*/
	webFetch_20260209,
	/**
	* Creates a web fetch tool that gives Claude direct access to real-time web content.
	*
	* @param maxUses - The max_uses parameter limits the number of web fetches performed
	* @param allowedDomains - Only fetch from these domains
	* @param blockedDomains - Never fetch from these domains
	* @param citations - Unlike web search where citations are always enabled, citations are optional for web fetch. Set "citations": {"enabled": true} to enable Claude to cite specific passages from fetched documents.
	* @param maxContentTokens - The max_content_tokens parameter limits the amount of content that will be included in the context.
	* @param useCache - Whether cached content may be returned. Set to false to fetch fresh content.
	* @param responseInclusion - Whether result blocks consumed by completed code execution calls are returned. Defaults to "full".
	*/
	webFetch_20260318,
	/**
	* Creates a web search tool that gives Claude direct access to real-time web content.
	*
	* @param maxUses - Maximum number of web searches Claude can perform during the conversation.
	* @param allowedDomains - Optional list of domains that Claude is allowed to search.
	* @param blockedDomains - Optional list of domains that Claude should avoid when searching.
	* @param userLocation - Optional user location information to provide geographically relevant search results.
	*/
	webSearch_20250305,
	/**
	* Creates a web search tool that gives Claude direct access to real-time web content.
	*
	* @param maxUses - Maximum number of web searches Claude can perform during the conversation.
	* @param allowedDomains - Optional list of domains that Claude is allowed to search.
	* @param blockedDomains - Optional list of domains that Claude should avoid when searching.
	* @param userLocation - Optional user location information to provide geographically relevant search results.
	*/
	webSearch_20260209,
	/**
	* Creates a web search tool that gives Claude direct access to real-time web content.
	*
	* @param maxUses - Maximum number of web searches Claude can perform during the conversation.
	* @param allowedDomains - Optional list of domains that Claude is allowed to search.
	* @param blockedDomains - Optional list of domains that Claude should avoid when searching.
	* @param userLocation - Optional user location information to provide geographically relevant search results.
	* @param responseInclusion - Whether result blocks consumed by completed code execution calls are returned. Defaults to "full".
	*/
	webSearch_20260318,
	/**
	* Creates a tool search tool that uses regex patterns to find tools.
	*
	* The tool search tool enables Claude to work with hundreds or thousands of tools
	* by dynamically discovering and loading them on-demand. Instead of loading all
	* tool definitions into the context window upfront, Claude searches your tool
	* catalog and loads only the tools it needs.
	*
	* Use `providerOptions: { anthropic: { deferLoading: true } }` on other tools
	* to mark them for deferred loading.
	*
	* Supported models: Claude Opus 4.5, Claude Sonnet 4.5
	*/
	toolSearchRegex_20251119,
	/**
	* Creates a tool search tool that uses BM25 (natural language) to find tools.
	*
	* The tool search tool enables Claude to work with hundreds or thousands of tools
	* by dynamically discovering and loading them on-demand. Instead of loading all
	* tool definitions into the context window upfront, Claude searches your tool
	* catalog and loads only the tools it needs.
	*
	* Use `providerOptions: { anthropic: { deferLoading: true } }` on other tools
	* to mark them for deferred loading.
	*
	* Supported models: Claude Opus 4.5, Claude Sonnet 4.5
	*/
	toolSearchBm25_20251119
};
//#endregion
//#region src/skills/anthropic-skills-api.ts
const anthropicSkillResponseSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	id: schemas/* string */.YjP(),
	display_title: schemas/* string */.YjP().nullish(),
	name: schemas/* string */.YjP().nullish(),
	description: schemas/* string */.YjP().nullish(),
	latest_version: schemas/* string */.YjP().nullish(),
	source: schemas/* string */.YjP(),
	created_at: schemas/* string */.YjP(),
	updated_at: schemas/* string */.YjP()
})));
(0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({ data: schemas/* array */.YOg(schemas/* object */.Ikc({ version: schemas/* string */.YjP() })) })));
const anthropicSkillVersionResponseSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	type: schemas/* string */.YjP(),
	skill_id: schemas/* string */.YjP(),
	name: schemas/* string */.YjP().nullish(),
	description: schemas/* string */.YjP().nullish()
})));
//#endregion
//#region src/skills/anthropic-skills.ts
var AnthropicSkills = class {
	get provider() {
		return this.config.provider;
	}
	constructor(config) {
		this.config = config;
		this.specificationVersion = "v4";
	}
	async getHeaders() {
		return combineHeaders(await resolve(this.config.headers), { "anthropic-beta": "skills-2025-10-02" });
	}
	async fetchVersionMetadata({ skillId, version }) {
		const { value: versionResponse } = await getFromApi({
			url: `${this.config.baseURL}/skills/${encodePathSegment(skillId)}/versions/${encodePathSegment(version)}`,
			validateUrl: false,
			headers: await this.getHeaders(),
			failedResponseHandler: anthropicFailedResponseHandler,
			successfulResponseHandler: createJsonResponseHandler(anthropicSkillVersionResponseSchema),
			fetch: this.config.fetch
		});
		return {
			...versionResponse.name != null ? { name: versionResponse.name } : {},
			...versionResponse.description != null ? { description: versionResponse.description } : {}
		};
	}
	async uploadSkill(params) {
		const warnings = [];
		const formData = new FormData();
		if (params.displayTitle != null) formData.append("display_title", params.displayTitle);
		for (const file of params.files) {
			const content = convertInlineFileDataToUint8Array(file.data);
			formData.append("files[]", new Blob([content]), file.path);
		}
		const { value: response } = await postFormDataToApi({
			url: `${this.config.baseURL}/skills`,
			headers: await this.getHeaders(),
			formData,
			failedResponseHandler: anthropicFailedResponseHandler,
			successfulResponseHandler: createJsonResponseHandler(anthropicSkillResponseSchema),
			fetch: this.config.fetch
		});
		const versionMetadata = response.latest_version != null ? await this.fetchVersionMetadata({
			skillId: response.id,
			version: response.latest_version
		}) : {};
		const name = versionMetadata.name ?? response.name;
		const description = versionMetadata.description ?? response.description;
		return {
			providerReference: { anthropic: response.id },
			...response.display_title != null ? { displayTitle: response.display_title } : {},
			...name != null ? { name } : {},
			...description != null ? { description } : {},
			...response.latest_version != null ? { latestVersion: response.latest_version } : {},
			providerMetadata: { anthropic: {
				...response.source != null ? { source: response.source } : {},
				...response.created_at != null ? { createdAt: response.created_at } : {},
				...response.updated_at != null ? { updatedAt: response.updated_at } : {}
			} },
			warnings
		};
	}
};
//#endregion


//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./node_modules/@smithy/eventstream-codec/dist-cjs/index.js
var dist_cjs = __webpack_require__(37788);
// EXTERNAL MODULE: ./node_modules/@smithy/util-utf8/dist-cjs/index.js
var util_utf8_dist_cjs = __webpack_require__(71577);
;// CONCATENATED MODULE: ./node_modules/aws4fetch/dist/aws4fetch.esm.mjs
/**
 * @license MIT <https://opensource.org/licenses/MIT>
 * @copyright Michael Hart 2024
 */
const encoder = new TextEncoder();
const HOST_SERVICES = {
  appstream2: 'appstream',
  cloudhsmv2: 'cloudhsm',
  email: 'ses',
  marketplace: 'aws-marketplace',
  mobile: 'AWSMobileHubService',
  pinpoint: 'mobiletargeting',
  queue: 'sqs',
  'git-codecommit': 'codecommit',
  'mturk-requester-sandbox': 'mturk-requester',
  'personalize-runtime': 'personalize',
};
const UNSIGNABLE_HEADERS = new Set([
  'authorization',
  'content-type',
  'content-length',
  'user-agent',
  'presigned-expires',
  'expect',
  'x-amzn-trace-id',
  'range',
  'connection',
]);
class AwsClient {
  constructor({ accessKeyId, secretAccessKey, sessionToken, service, region, cache, retries, initRetryMs }) {
    if (accessKeyId == null) throw new TypeError('accessKeyId is a required option')
    if (secretAccessKey == null) throw new TypeError('secretAccessKey is a required option')
    this.accessKeyId = accessKeyId;
    this.secretAccessKey = secretAccessKey;
    this.sessionToken = sessionToken;
    this.service = service;
    this.region = region;
    this.cache = cache || new Map();
    this.retries = retries != null ? retries : 10;
    this.initRetryMs = initRetryMs || 50;
  }
  async sign(input, init) {
    if (input instanceof Request) {
      const { method, url, headers, body } = input;
      init = Object.assign({ method, url, headers }, init);
      if (init.body == null && headers.has('Content-Type')) {
        init.body = body != null && headers.has('X-Amz-Content-Sha256') ? body : await input.clone().arrayBuffer();
      }
      input = url;
    }
    const signer = new AwsV4Signer(Object.assign({ url: input.toString() }, init, this, init && init.aws));
    const signed = Object.assign({}, init, await signer.sign());
    delete signed.aws;
    try {
      return new Request(signed.url.toString(), signed)
    } catch (e) {
      if (e instanceof TypeError) {
        return new Request(signed.url.toString(), Object.assign({ duplex: 'half' }, signed))
      }
      throw e
    }
  }
  async fetch(input, init) {
    for (let i = 0; i <= this.retries; i++) {
      const fetched = fetch(await this.sign(input, init));
      if (i === this.retries) {
        return fetched
      }
      const res = await fetched;
      if (res.status < 500 && res.status !== 429) {
        return res
      }
      await new Promise(resolve => setTimeout(resolve, Math.random() * this.initRetryMs * Math.pow(2, i)));
    }
    throw new Error('An unknown error occurred, ensure retries is not negative')
  }
}
class AwsV4Signer {
  constructor({ method, url, headers, body, accessKeyId, secretAccessKey, sessionToken, service, region, cache, datetime, signQuery, appendSessionToken, allHeaders, singleEncode }) {
    if (url == null) throw new TypeError('url is a required option')
    if (accessKeyId == null) throw new TypeError('accessKeyId is a required option')
    if (secretAccessKey == null) throw new TypeError('secretAccessKey is a required option')
    this.method = method || (body ? 'POST' : 'GET');
    this.url = new URL(url);
    this.headers = new Headers(headers || {});
    this.body = body;
    this.accessKeyId = accessKeyId;
    this.secretAccessKey = secretAccessKey;
    this.sessionToken = sessionToken;
    let guessedService, guessedRegion;
    if (!service || !region) {
[guessedService, guessedRegion] = guessServiceRegion(this.url, this.headers);
    }
    this.service = service || guessedService || '';
    this.region = region || guessedRegion || 'us-east-1';
    this.cache = cache || new Map();
    this.datetime = datetime || new Date().toISOString().replace(/[:-]|\.\d{3}/g, '');
    this.signQuery = signQuery;
    this.appendSessionToken = appendSessionToken || this.service === 'iotdevicegateway';
    this.headers.delete('Host');
    if (this.service === 's3' && !this.signQuery && !this.headers.has('X-Amz-Content-Sha256')) {
      this.headers.set('X-Amz-Content-Sha256', 'UNSIGNED-PAYLOAD');
    }
    const params = this.signQuery ? this.url.searchParams : this.headers;
    params.set('X-Amz-Date', this.datetime);
    if (this.sessionToken && !this.appendSessionToken) {
      params.set('X-Amz-Security-Token', this.sessionToken);
    }
    this.signableHeaders = ['host', ...this.headers.keys()]
      .filter(header => allHeaders || !UNSIGNABLE_HEADERS.has(header))
      .sort();
    this.signedHeaders = this.signableHeaders.join(';');
    this.canonicalHeaders = this.signableHeaders
      .map(header => header + ':' + (header === 'host' ? this.url.host : (this.headers.get(header) || '').replace(/\s+/g, ' ')))
      .join('\n');
    this.credentialString = [this.datetime.slice(0, 8), this.region, this.service, 'aws4_request'].join('/');
    if (this.signQuery) {
      if (this.service === 's3' && !params.has('X-Amz-Expires')) {
        params.set('X-Amz-Expires', '86400');
      }
      params.set('X-Amz-Algorithm', 'AWS4-HMAC-SHA256');
      params.set('X-Amz-Credential', this.accessKeyId + '/' + this.credentialString);
      params.set('X-Amz-SignedHeaders', this.signedHeaders);
    }
    if (this.service === 's3') {
      try {
        this.encodedPath = decodeURIComponent(this.url.pathname.replace(/\+/g, ' '));
      } catch (e) {
        this.encodedPath = this.url.pathname;
      }
    } else {
      this.encodedPath = this.url.pathname.replace(/\/+/g, '/');
    }
    if (!singleEncode) {
      this.encodedPath = encodeURIComponent(this.encodedPath).replace(/%2F/g, '/');
    }
    this.encodedPath = encodeRfc3986(this.encodedPath);
    const seenKeys = new Set();
    this.encodedSearch = [...this.url.searchParams]
      .filter(([k]) => {
        if (!k) return false
        if (this.service === 's3') {
          if (seenKeys.has(k)) return false
          seenKeys.add(k);
        }
        return true
      })
      .map(pair => pair.map(p => encodeRfc3986(encodeURIComponent(p))))
      .sort(([k1, v1], [k2, v2]) => k1 < k2 ? -1 : k1 > k2 ? 1 : v1 < v2 ? -1 : v1 > v2 ? 1 : 0)
      .map(pair => pair.join('='))
      .join('&');
  }
  async sign() {
    if (this.signQuery) {
      this.url.searchParams.set('X-Amz-Signature', await this.signature());
      if (this.sessionToken && this.appendSessionToken) {
        this.url.searchParams.set('X-Amz-Security-Token', this.sessionToken);
      }
    } else {
      this.headers.set('Authorization', await this.authHeader());
    }
    return {
      method: this.method,
      url: this.url,
      headers: this.headers,
      body: this.body,
    }
  }
  async authHeader() {
    return [
      'AWS4-HMAC-SHA256 Credential=' + this.accessKeyId + '/' + this.credentialString,
      'SignedHeaders=' + this.signedHeaders,
      'Signature=' + (await this.signature()),
    ].join(', ')
  }
  async signature() {
    const date = this.datetime.slice(0, 8);
    const cacheKey = [this.secretAccessKey, date, this.region, this.service].join();
    let kCredentials = this.cache.get(cacheKey);
    if (!kCredentials) {
      const kDate = await hmac('AWS4' + this.secretAccessKey, date);
      const kRegion = await hmac(kDate, this.region);
      const kService = await hmac(kRegion, this.service);
      kCredentials = await hmac(kService, 'aws4_request');
      this.cache.set(cacheKey, kCredentials);
    }
    return buf2hex(await hmac(kCredentials, await this.stringToSign()))
  }
  async stringToSign() {
    return [
      'AWS4-HMAC-SHA256',
      this.datetime,
      this.credentialString,
      buf2hex(await hash(await this.canonicalString())),
    ].join('\n')
  }
  async canonicalString() {
    return [
      this.method.toUpperCase(),
      this.encodedPath,
      this.encodedSearch,
      this.canonicalHeaders + '\n',
      this.signedHeaders,
      await this.hexBodyHash(),
    ].join('\n')
  }
  async hexBodyHash() {
    let hashHeader = this.headers.get('X-Amz-Content-Sha256') || (this.service === 's3' && this.signQuery ? 'UNSIGNED-PAYLOAD' : null);
    if (hashHeader == null) {
      if (this.body && typeof this.body !== 'string' && !('byteLength' in this.body)) {
        throw new Error('body must be a string, ArrayBuffer or ArrayBufferView, unless you include the X-Amz-Content-Sha256 header')
      }
      hashHeader = buf2hex(await hash(this.body || ''));
    }
    return hashHeader
  }
}
async function hmac(key, string) {
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    typeof key === 'string' ? encoder.encode(key) : key,
    { name: 'HMAC', hash: { name: 'SHA-256' } },
    false,
    ['sign'],
  );
  return crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(string))
}
async function hash(content) {
  return crypto.subtle.digest('SHA-256', typeof content === 'string' ? encoder.encode(content) : content)
}
const HEX_CHARS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'];
function buf2hex(arrayBuffer) {
  const buffer = new Uint8Array(arrayBuffer);
  let out = '';
  for (let idx = 0; idx < buffer.length; idx++) {
    const n = buffer[idx];
    out += HEX_CHARS[(n >>> 4) & 0xF];
    out += HEX_CHARS[n & 0xF];
  }
  return out
}
function encodeRfc3986(urlEncodedStr) {
  return urlEncodedStr.replace(/[!'()*]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase())
}
function guessServiceRegion(url, headers) {
  const { hostname, pathname } = url;
  if (hostname.endsWith('.on.aws')) {
    const match = hostname.match(/^[^.]{1,63}\.lambda-url\.([^.]{1,63})\.on\.aws$/);
    return match != null ? ['lambda', match[1] || ''] : ['', '']
  }
  if (hostname.endsWith('.r2.cloudflarestorage.com')) {
    return ['s3', 'auto']
  }
  if (hostname.endsWith('.backblazeb2.com')) {
    const match = hostname.match(/^(?:[^.]{1,63}\.)?s3\.([^.]{1,63})\.backblazeb2\.com$/);
    return match != null ? ['s3', match[1] || ''] : ['', '']
  }
  const match = hostname.replace('dualstack.', '').match(/([^.]{1,63})\.(?:([^.]{0,63})\.)?amazonaws\.com(?:\.cn)?$/);
  let service = (match && match[1]) || '';
  let region = match && match[2];
  if (region === 'us-gov') {
    region = 'us-gov-west-1';
  } else if (region === 's3' || region === 's3-accelerate') {
    region = 'us-east-1';
    service = 's3';
  } else if (service === 'iot') {
    if (hostname.startsWith('iot.')) {
      service = 'execute-api';
    } else if (hostname.startsWith('data.jobs.iot.')) {
      service = 'iot-jobs-data';
    } else {
      service = pathname === '/mqtt' ? 'iotdevicegateway' : 'iotdata';
    }
  } else if (service === 'autoscaling') {
    const targetPrefix = (headers.get('X-Amz-Target') || '').split('.')[0];
    if (targetPrefix === 'AnyScaleFrontendService') {
      service = 'application-autoscaling';
    } else if (targetPrefix === 'AnyScaleScalingPlannerFrontendService') {
      service = 'autoscaling-plans';
    }
  } else if (region == null && service.startsWith('s3-')) {
    region = service.slice(3).replace(/^fips-|^external-1/, '');
    service = 's3';
  } else if (service.endsWith('-fips')) {
    service = service.slice(0, -5);
  } else if (region && /-\d$/.test(service) && !/-\d$/.test(region)) {
[service, region] = [region, service];
  }
  return [HOST_SERVICES[service] || service, region || '']
}



;// CONCATENATED MODULE: ./node_modules/@ai-sdk/amazon-bedrock/dist/index.js







//#region src/amazon-bedrock-model-catalog.ts
/**
* Language model matrix: model IDs by capability. To add a model, add a row
* and fill in every column.
*/
const dist_languageModelDefinitions = {
	"amazon.titan-tg1-large": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"amazon.titan-text-express-v1": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"anthropic.claude-v2": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: true,
		anthropicModelId: "claude-2.0",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: false
	},
	"anthropic.claude-v2:1": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: true,
		anthropicModelId: "claude-2.1",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: false
	},
	"anthropic.claude-instant-v1": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: true,
		anthropicModelId: "claude-instant-1.2",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: false
	},
	"anthropic.claude-sonnet-5": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-sonnet-5",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"anthropic.claude-sonnet-5-5": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-sonnet-5-5",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"anthropic.claude-haiku-5-5": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-haiku-5-5",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"anthropic.claude-fable-5": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-fable-5",
		strictTools: false,
		nativeStructuredOutput: false,
		thinkingField: true
	},
	"anthropic.claude-fable-5-1": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-fable-5-1",
		strictTools: false,
		nativeStructuredOutput: false,
		thinkingField: true
	},
	"anthropic.claude-fable-5-2": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-fable-5-2",
		strictTools: false,
		nativeStructuredOutput: false,
		thinkingField: true
	},
	"anthropic.claude-opus-5": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-opus-5",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"anthropic.claude-opus-5-5": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-opus-5-5",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"anthropic.claude-opus-4-8": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-opus-4-8",
		strictTools: false,
		nativeStructuredOutput: false,
		thinkingField: true
	},
	"anthropic.claude-opus-4-7": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-opus-4-7",
		strictTools: false,
		nativeStructuredOutput: false,
		thinkingField: true
	},
	"anthropic.claude-opus-4-6-v1": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-opus-4-6",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"anthropic.claude-sonnet-4-6-v1": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-sonnet-4-6",
		strictTools: true,
		nativeStructuredOutput: false,
		thinkingField: true
	},
	"anthropic.claude-opus-4-5-20251101-v1:0": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-opus-4-5-20251101",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"anthropic.claude-haiku-4-5-20251001-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: true,
		anthropicModelId: "claude-haiku-4-5-20251001",
		strictTools: true,
		nativeStructuredOutput: false,
		thinkingField: true
	},
	"anthropic.claude-sonnet-4-5-20250929-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: true,
		anthropicModelId: "claude-sonnet-4-5-20250929",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"anthropic.claude-sonnet-4-20250514-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: true,
		anthropicModelId: "claude-sonnet-4-20250514",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"anthropic.claude-opus-4-20250514-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: true,
		anthropicModelId: "claude-opus-4-20250514",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"anthropic.claude-opus-4-1-20250805-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: true,
		anthropicModelId: "claude-opus-4-1-20250805",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"anthropic.claude-3-7-sonnet-20250219-v1:0": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-3-7-sonnet-20250219",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"anthropic.claude-3-5-sonnet-20240620-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: true,
		anthropicModelId: "claude-3-5-sonnet-20240620",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: false
	},
	"anthropic.claude-3-5-sonnet-20241022-v2:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: true,
		anthropicModelId: "claude-3-5-sonnet-20241022",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: false
	},
	"anthropic.claude-3-5-haiku-20241022-v1:0": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-3-5-haiku-20241022",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: false
	},
	"anthropic.claude-3-sonnet-20240229-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: true,
		anthropicModelId: "claude-3-sonnet-20240229",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: false
	},
	"anthropic.claude-3-haiku-20240307-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: true,
		anthropicModelId: "claude-3-haiku-20240307",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: false
	},
	"anthropic.claude-3-opus-20240229-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: true,
		anthropicModelId: "claude-3-opus-20240229",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: false
	},
	"cohere.command-text-v14": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"cohere.command-light-text-v14": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"cohere.command-r-v1:0": {
		image: false,
		objectGeneration: false,
		functionTools: [],
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"cohere.command-r-plus-v1:0": {
		image: false,
		objectGeneration: false,
		functionTools: [],
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"meta.llama3-70b-instruct-v1:0": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"meta.llama3-8b-instruct-v1:0": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"meta.llama3-1-405b-instruct-v1:0": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"meta.llama3-1-70b-instruct-v1:0": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"meta.llama3-1-8b-instruct-v1:0": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"meta.llama3-2-11b-instruct-v1:0": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"meta.llama3-2-1b-instruct-v1:0": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"meta.llama3-2-3b-instruct-v1:0": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"meta.llama3-2-90b-instruct-v1:0": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"mistral.mistral-7b-instruct-v0:2": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "mistral"
	},
	"mistral.mixtral-8x7b-instruct-v0:1": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "mistral"
	},
	"mistral.mistral-large-2402-v1:0": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "mistral"
	},
	"mistral.mistral-small-2402-v1:0": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "mistral"
	},
	"openai.gpt-oss-120b-1:0": {
		image: false,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: false,
		reasoningEffort: "reasoning_effort",
		rejectedSettings: ["stopSequences"],
		toolCallIdFormat: "any"
	},
	"openai.gpt-oss-20b-1:0": {
		image: false,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: false,
		reasoningEffort: "reasoning_effort",
		rejectedSettings: ["stopSequences"],
		toolCallIdFormat: "any"
	},
	"amazon.titan-text-lite-v1": {
		image: false,
		objectGeneration: false,
		functionTools: false,
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"us.amazon.nova-premier-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"us.amazon.nova-pro-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"us.amazon.nova-micro-v1:0": {
		image: false,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"us.amazon.nova-lite-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"us.anthropic.claude-3-sonnet-20240229-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: true,
		anthropicModelId: "claude-3-sonnet-20240229",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: false
	},
	"us.anthropic.claude-3-opus-20240229-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: true,
		anthropicModelId: "claude-3-opus-20240229",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: false
	},
	"us.anthropic.claude-3-haiku-20240307-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: true,
		anthropicModelId: "claude-3-haiku-20240307",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: false
	},
	"us.anthropic.claude-3-5-sonnet-20240620-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: true,
		anthropicModelId: "claude-3-5-sonnet-20240620",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: false
	},
	"us.anthropic.claude-3-5-haiku-20241022-v1:0": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-3-5-haiku-20241022",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: false
	},
	"us.anthropic.claude-3-5-sonnet-20241022-v2:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: true,
		anthropicModelId: "claude-3-5-sonnet-20241022",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: false
	},
	"us.anthropic.claude-3-7-sonnet-20250219-v1:0": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-3-7-sonnet-20250219",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"us.anthropic.claude-sonnet-5": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-sonnet-5",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"us.anthropic.claude-sonnet-5-5": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-sonnet-5-5",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"us.anthropic.claude-haiku-5-5": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-haiku-5-5",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"us.anthropic.claude-fable-5": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-fable-5",
		strictTools: false,
		nativeStructuredOutput: false,
		thinkingField: true
	},
	"us.anthropic.claude-fable-5-1": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-fable-5-1",
		strictTools: false,
		nativeStructuredOutput: false,
		thinkingField: true
	},
	"us.anthropic.claude-fable-5-2": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-fable-5-2",
		strictTools: false,
		nativeStructuredOutput: false,
		thinkingField: true
	},
	"us.anthropic.claude-opus-5": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-opus-5",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"us.anthropic.claude-opus-5-5": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-opus-5-5",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"us.anthropic.claude-opus-4-8": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-opus-4-8",
		strictTools: false,
		nativeStructuredOutput: false,
		thinkingField: true
	},
	"us.anthropic.claude-opus-4-7": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-opus-4-7",
		strictTools: false,
		nativeStructuredOutput: false,
		thinkingField: true
	},
	"us.anthropic.claude-opus-4-6-v1": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-opus-4-6",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"us.anthropic.claude-sonnet-4-6-v1": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-sonnet-4-6",
		strictTools: true,
		nativeStructuredOutput: false,
		thinkingField: true
	},
	"us.anthropic.claude-opus-4-5-20251101-v1:0": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-opus-4-5-20251101",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"us.anthropic.claude-sonnet-4-5-20250929-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: true,
		anthropicModelId: "claude-sonnet-4-5-20250929",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"us.anthropic.claude-sonnet-4-20250514-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: true,
		anthropicModelId: "claude-sonnet-4-20250514",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"us.anthropic.claude-opus-4-20250514-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: true,
		anthropicModelId: "claude-opus-4-20250514",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"us.anthropic.claude-opus-4-1-20250805-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: true,
		anthropicModelId: "claude-opus-4-1-20250805",
		strictTools: true,
		nativeStructuredOutput: true,
		thinkingField: true
	},
	"us.anthropic.claude-haiku-4-5-20251001-v1:0": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-haiku-4-5-20251001",
		strictTools: true,
		nativeStructuredOutput: false,
		thinkingField: true
	},
	"global.anthropic.claude-fable-5-1": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-fable-5-1",
		strictTools: false,
		nativeStructuredOutput: false,
		thinkingField: true
	},
	"global.anthropic.claude-fable-5-2": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: true,
		anthropicModelId: "claude-fable-5-2",
		strictTools: false,
		nativeStructuredOutput: false,
		thinkingField: true
	},
	"us.meta.llama3-2-11b-instruct-v1:0": {
		image: false,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"us.meta.llama3-2-3b-instruct-v1:0": {
		image: false,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"us.meta.llama3-2-90b-instruct-v1:0": {
		image: false,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"us.meta.llama3-2-1b-instruct-v1:0": {
		image: false,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"us.meta.llama3-1-8b-instruct-v1:0": {
		image: false,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"us.meta.llama3-1-70b-instruct-v1:0": {
		image: false,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"us.meta.llama3-3-70b-instruct-v1:0": {
		image: false,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"us.deepseek.r1-v1:0": {
		image: false,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"us.mistral.pixtral-large-2502-v1:0": {
		image: true,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "mistral"
	},
	"us.meta.llama4-scout-17b-instruct-v1:0": {
		image: false,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"us.meta.llama4-maverick-17b-instruct-v1:0": {
		image: false,
		objectGeneration: true,
		functionTools: ["streaming"],
		claude: false,
		reasoningEffort: "unknown",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	},
	"amazon.nova-2-lite-v1:0": {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown",
		claude: false,
		reasoningEffort: "reasoningConfig",
		rejectedSettings: [],
		toolCallIdFormat: "any"
	}
};
/**
* Request behavior of a Claude model for the cells that only other models
* declare: nothing is rejected or normalized.
*/
const claudeConverseCells = {
	reasoningEffort: "unknown",
	rejectedSettings: [],
	toolCallIdFormat: "any"
};
/**
* Maps a matrix row to its entry. The capabilities of a Claude model come
* from the Anthropic model that the row extends.
*/
function createLanguageModelEntry(modelId, row) {
	const claude = row.claude === true ? row : getUnlistedClaudeCells(modelId);
	const converse = row.claude === true ? claudeConverseCells : row;
	const sampling = getAnthropicModelCapabilities(claude.anthropicModelId).rejectsSamplingParameters ? false : true;
	return {
		capabilities: { language: {
			inputs: {
				image: row.image,
				audio: "unknown"
			},
			objectGeneration: row.objectGeneration,
			tools: {
				usage: row.functionTools === "unknown" ? "unknown" : row.functionTools !== false,
				streaming: row.functionTools === "unknown" ? "unknown" : row.functionTools !== false && row.functionTools.includes("streaming"),
				strict: claude.strictTools
			},
			reasoning: { support: converse.reasoningEffort === "unknown" ? "unknown" : true },
			sampling: {
				temperature: sampling,
				topP: sampling,
				logprobs: false
			},
			structuredOutput: { native: claude.nativeStructuredOutput }
		} },
		providerOptions: { language: {
			structuredOutputMode: { condition: "Applies to Anthropic models; auto preserves each model’s native-output policy." },
			additionalModelRequestFields: true,
			reasoningConfig: { condition: "Supported reasoning configuration depends on the underlying model." },
			anthropicBeta: { condition: "Requires an Anthropic model and a supported beta." },
			serviceTier: { condition: "Requires a model and region supporting the selected tier." },
			requestMetadata: true
		} },
		requestConfig: { language: {
			claude: row.claude,
			anthropicModelId: claude.anthropicModelId,
			thinkingField: claude.thinkingField,
			reasoningEffort: converse.reasoningEffort,
			rejectedSettings: converse.rejectedSettings,
			toolCallIdFormat: converse.toolCallIdFormat
		} }
	};
}
function getUnlistedLanguageModelRow(modelId) {
	const undocumented = {
		image: "unknown",
		objectGeneration: "unknown",
		functionTools: "unknown"
	};
	if (modelId.includes("anthropic")) return {
		...undocumented,
		...getUnlistedClaudeCells(modelId)
	};
	const openaiModelId = /^(?:[^.]+\.)?(openai\..+)$/.exec(modelId)?.[1];
	const openaiGptOss = openaiModelId?.startsWith("openai.gpt-oss-") ?? false;
	return {
		...undocumented,
		claude: modelId.includes(":application-inference-profile/") ? "unknown" : false,
		reasoningEffort: openaiModelId != null ? openaiGptOss ? "reasoning_effort" : "reasoning.effort" : modelId.includes("amazon.nova-2-lite-v1:0") ? "reasoningConfig" : "unknown",
		rejectedSettings: openaiModelId == null ? [] : openaiGptOss ? ["stopSequences"] : [
			"temperature",
			"topP",
			"stopSequences"
		],
		toolCallIdFormat: modelId.includes("mistral.") ? "mistral" : "any"
	};
}
function getUnlistedClaudeCells(modelId) {
	return {
		claude: true,
		anthropicModelId: modelId,
		...getUnlistedClaudeStructuredOutput(modelId),
		thinkingField: !/claude-(?:instant|v?2|3-(?:5-)?(?:haiku|sonnet|opus))(?=[-.:]|$)/.test(modelId)
	};
}
const strictToolsAndNativeOutput = {
	strictTools: true,
	nativeStructuredOutput: true
};
const strictToolsOnly = {
	strictTools: true,
	nativeStructuredOutput: false
};
const noStrictToolsOrNativeOutput = {
	strictTools: false,
	nativeStructuredOutput: false
};
const unlistedClaudeStructuredOutput = {
	"claude-opus-4": strictToolsAndNativeOutput,
	"claude-sonnet-4": strictToolsAndNativeOutput,
	"claude-opus-4-1": strictToolsAndNativeOutput,
	"claude-opus-4-5": strictToolsAndNativeOutput,
	"claude-sonnet-4-5": strictToolsAndNativeOutput,
	"claude-haiku-4-5": strictToolsOnly,
	"claude-opus-4-6": strictToolsAndNativeOutput,
	"claude-sonnet-4-6": strictToolsOnly,
	"claude-opus-4-7": noStrictToolsOrNativeOutput,
	"claude-opus-4-8": noStrictToolsOrNativeOutput,
	"claude-opus-5": strictToolsAndNativeOutput,
	"claude-sonnet-5": strictToolsAndNativeOutput,
	"claude-opus-5-5": strictToolsAndNativeOutput,
	"claude-sonnet-5-5": strictToolsAndNativeOutput,
	"claude-haiku-5-5": strictToolsAndNativeOutput,
	"claude-fable-5": noStrictToolsOrNativeOutput,
	"claude-fable-5-1": noStrictToolsOrNativeOutput,
	"claude-fable-5-2": noStrictToolsOrNativeOutput
};
function getUnlistedClaudeStructuredOutput(modelId) {
	if (!modelId.includes("claude-") || /claude-(?:instant|v?2|3)(?=[-.:]|$)/.test(modelId)) return strictToolsAndNativeOutput;
	const canonicalModelId = /claude-[a-z]+-4-\d{1,2}(?=[-.:]|$)/.exec(modelId)?.[0] ?? /(claude-[a-z]+-\d+(?:-\d{1,2})?)(?:-\d{8})?(?:-v\d+)?(?=[:.]|$)/.exec(modelId)?.[1];
	return canonicalModelId != null && Object.prototype.hasOwnProperty.call(unlistedClaudeStructuredOutput, canonicalModelId) ? unlistedClaudeStructuredOutput[canonicalModelId] : noStrictToolsOrNativeOutput;
}
const dist_listedLanguageModelEntries = Object.fromEntries(Object.entries(dist_languageModelDefinitions).map(([modelId, row]) => [modelId, createLanguageModelEntry(modelId, row)]));
/**
* Returns the entry of a listed language model ID from its row. Every other
* model ID uses the fallback for unlisted IDs.
*/
function getAmazonBedrockLanguageModelEntry(modelId) {
	return Object.prototype.hasOwnProperty.call(dist_listedLanguageModelEntries, modelId) ? dist_listedLanguageModelEntries[modelId] : createLanguageModelEntry(modelId, getUnlistedLanguageModelRow(modelId));
}
const embeddingModelDefinitions = {
	"amazon.titan-embed-text-v1": {
		family: "titan",
		defaultDimensions: 1536,
		customDimensions: false
	},
	"amazon.titan-embed-text-v2:0": {
		family: "titan",
		defaultDimensions: 1024,
		customDimensions: true
	},
	"amazon.nova-embed-text-v2:0": {
		family: "nova",
		defaultDimensions: 1024,
		customDimensions: true
	},
	"cohere.embed-english-v3": {
		family: "cohere",
		defaultDimensions: 1024,
		customDimensions: false
	},
	"cohere.embed-multilingual-v3": {
		family: "cohere",
		defaultDimensions: 1024,
		customDimensions: false
	},
	"cohere.embed-v4:0": {
		family: "cohere",
		defaultDimensions: 1536,
		customDimensions: true
	}
};
function createEmbeddingModelEntry(row) {
	const { family, defaultDimensions, customDimensions } = row;
	return {
		capabilities: { embedding: {
			defaultDimensions,
			customDimensions
		} },
		providerOptions: { embedding: {
			dimensions: family === "titan" && customDimensions,
			normalize: family === "titan" && customDimensions,
			embeddingDimension: family === "nova",
			embeddingPurpose: family === "nova",
			inputType: family === "cohere",
			truncate: family !== "titan",
			outputDimension: family === "cohere" && customDimensions
		} }
	};
}
/**
* Returns the family of a listed embedding model ID from its row. For every
* other model ID, the family is derived from the model ID.
*/
function getAmazonBedrockEmbeddingModelFamily(modelId) {
	if (Object.prototype.hasOwnProperty.call(embeddingModelDefinitions, modelId)) return embeddingModelDefinitions[modelId].family;
	return modelId.includes("amazon.nova-") && modelId.includes("embed") ? "nova" : modelId.includes("cohere.embed-") ? "cohere" : "titan";
}
const amazonBedrockImageModelCatalog = { "amazon.nova-canvas-v1:0": {
	capabilities: { image: {
		sizes: { description: "320–4096 pixels per side, divisible by 16; aspect ratio 1:4 to 4:1; fewer than 4,194,304 pixels." },
		fileInput: true,
		maskInput: true,
		maxImagesPerCall: 5
	} },
	providerOptions: { image: {
		quality: true,
		negativeText: true,
		cfgScale: true,
		style: true,
		taskType: true,
		maskPrompt: true,
		outPaintingMode: true,
		similarityStrength: true
	} }
} };
function getAmazonBedrockImageModelEntry(modelId) {
	return Object.prototype.hasOwnProperty.call(amazonBedrockImageModelCatalog, modelId) ? amazonBedrockImageModelCatalog[modelId] : { capabilities: { image: {
		sizes: { description: "Model-dependent." },
		fileInput: "unknown",
		maskInput: "unknown",
		maxImagesPerCall: void 0
	} } };
}
const rerankingModelIds = ["amazon.rerank-v1:0", "cohere.rerank-v3-5:0"];
const rerankingEntry = {
	capabilities: { reranking: {
		documents: {
			text: true,
			object: true
		},
		topN: true
	} },
	providerOptions: { reranking: {
		nextToken: true,
		additionalModelRequestFields: true
	} }
};
({
	...dist_listedLanguageModelEntries,
	...Object.fromEntries(Object.entries(embeddingModelDefinitions).map(([id, row]) => [id, createEmbeddingModelEntry(row)])),
	...Object.fromEntries(rerankingModelIds.map((id) => [id, rerankingEntry])),
	...amazonBedrockImageModelCatalog
});
Object.fromEntries(Object.entries({
	"us.anthropic.claude-fable-5-1": {
		documented: true,
		computerUse: true,
		reasoning: true
	},
	"us.anthropic.claude-fable-5-2": {
		documented: true,
		computerUse: true,
		reasoning: true
	},
	"us.anthropic.claude-sonnet-5-5": {
		documented: true,
		computerUse: true,
		reasoning: true
	},
	"us.anthropic.claude-sonnet-5": {
		documented: true,
		computerUse: true,
		reasoning: true
	},
	"us.anthropic.claude-haiku-5-5": {
		documented: true,
		computerUse: true,
		reasoning: true
	},
	"us.anthropic.claude-fable-5": {
		documented: true,
		computerUse: true,
		reasoning: true
	},
	"us.anthropic.claude-opus-4-8": {
		documented: true,
		computerUse: true,
		reasoning: true
	},
	"us.anthropic.claude-opus-4-7": {
		documented: true,
		computerUse: true,
		reasoning: true
	},
	"us.anthropic.claude-opus-4-6-v1": {
		documented: true,
		computerUse: true,
		reasoning: true
	},
	"us.anthropic.claude-opus-4-5-20251101-v1:0": {
		documented: true,
		computerUse: true,
		reasoning: true
	},
	"us.anthropic.claude-sonnet-4-5-20250929-v1:0": {
		documented: true,
		computerUse: true,
		reasoning: true
	},
	"us.anthropic.claude-opus-4-20250514-v1:0": {
		documented: true,
		computerUse: true,
		reasoning: true
	},
	"us.anthropic.claude-sonnet-4-20250514-v1:0": {
		documented: true,
		computerUse: true,
		reasoning: true
	},
	"us.anthropic.claude-opus-4-1-20250805-v1:0": {
		documented: true,
		computerUse: true,
		reasoning: true
	},
	"us.anthropic.claude-haiku-4-5-20251001-v1:0": {
		documented: true,
		computerUse: true,
		reasoning: true
	},
	"us.anthropic.claude-3-5-sonnet-20241022-v2:0": {
		documented: true,
		computerUse: false,
		reasoning: false
	},
	"anthropic.claude-3-5-haiku-20241022-v1:0": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-3-5-sonnet-20240620-v1:0": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-3-5-sonnet-20241022-v2:0": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-3-7-sonnet-20250219-v1:0": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-3-haiku-20240307-v1:0": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-3-opus-20240229-v1:0": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-3-sonnet-20240229-v1:0": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-fable-5": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-fable-5-1": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-fable-5-2": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-haiku-4-5-20251001-v1:0": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-haiku-5-5": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-opus-4-1-20250805-v1:0": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-opus-4-20250514-v1:0": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-opus-4-5-20251101-v1:0": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-opus-4-6-v1": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-opus-4-7": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-opus-4-8": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-opus-5": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-opus-5-5": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-sonnet-4-20250514-v1:0": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-sonnet-4-5-20250929-v1:0": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-sonnet-4-6-v1": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-sonnet-5": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"anthropic.claude-sonnet-5-5": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"global.anthropic.claude-fable-5-1": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"global.anthropic.claude-fable-5-2": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"us.anthropic.claude-3-5-haiku-20241022-v1:0": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"us.anthropic.claude-3-5-sonnet-20240620-v1:0": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"us.anthropic.claude-3-7-sonnet-20250219-v1:0": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"us.anthropic.claude-3-haiku-20240307-v1:0": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"us.anthropic.claude-3-opus-20240229-v1:0": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"us.anthropic.claude-3-sonnet-20240229-v1:0": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"us.anthropic.claude-opus-5": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"us.anthropic.claude-opus-5-5": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	},
	"us.anthropic.claude-sonnet-4-6-v1": {
		documented: false,
		computerUse: "unknown",
		reasoning: "unknown"
	}
}).filter(([, row]) => row.documented).map(([id, row]) => {
	const base = getAmazonBedrockLanguageModelEntry(id).capabilities.language;
	return [id, { capabilities: { language: {
		...base,
		inputs: {
			image: true,
			audio: false
		},
		objectGeneration: true,
		tools: {
			...base.tools,
			usage: true,
			streaming: true,
			computerUse: row.computerUse
		},
		reasoning: { support: row.reasoning }
	} } }];
}));
Object.fromEntries(Object.entries({
	"openai.gpt-oss-20b": {
		responses: true,
		route: "v1"
	},
	"openai.gpt-oss-120b": {
		responses: true,
		route: "v1"
	},
	"openai.gpt-oss-safeguard-20b": {
		responses: false,
		route: "v1"
	},
	"openai.gpt-oss-safeguard-120b": {
		responses: false,
		route: "v1"
	}
}).map(([id, row]) => {
	return [id, { capabilities: { language: {
		...getAmazonBedrockLanguageModelEntry(id).capabilities.language,
		endpoints: {
			chatCompletions: true,
			responses: row.responses
		}
	} } }];
}));
//#endregion
//#region src/amazon-bedrock-api-types.ts
const BEDROCK_STOP_REASONS = [
	"stop",
	"stop_sequence",
	"end_turn",
	"length",
	"max_tokens",
	"content-filter",
	"content_filtered",
	"guardrail_intervened",
	"tool-calls",
	"tool_use"
];
/**
* @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ImageBlock.html
*/
const BEDROCK_IMAGE_MIME_TYPES = {
	"image/jpeg": "jpeg",
	"image/png": "png",
	"image/gif": "gif",
	"image/webp": "webp"
};
/**
* @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_DocumentBlock.html
*/
const BEDROCK_DOCUMENT_MIME_TYPES = {
	"application/pdf": "pdf",
	"text/csv": "csv",
	"application/msword": "doc",
	"application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
	"application/vnd.ms-excel": "xls",
	"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
	"text/html": "html",
	"text/plain": "txt",
	"text/markdown": "md"
};
/**
* @see https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_VideoBlock.html
*/
const BEDROCK_VIDEO_MIME_TYPES = {
	"video/x-matroska": "mkv",
	"video/quicktime": "mov",
	"video/mp4": "mp4",
	"video/webm": "webm",
	"video/x-flv": "flv",
	"video/mpeg": "mpeg",
	"video/mpg": "mpg",
	"video/wmv": "wmv",
	"video/x-ms-wmv": "wmv",
	"video/3gpp": "three_gp"
};
//#endregion
//#region src/amazon-bedrock-chat-language-model-options.ts
/**
* Bedrock file part provider options for document-specific features.
* These options apply to individual file parts (documents).
*/
const amazonBedrockFilePartProviderOptions = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({ 
/**
* Citation configuration for this document.
* When enabled, this document will generate citations in the response.
*/
citations: schemas/* object */.Ikc({ 
/**
* Enable citations for this document
*/
enabled: schemas/* boolean */.zMY() }).optional() })));
/**
* Amazon Bedrock text part provider options for guardrail content.
* These options apply to individual text parts.
*/
const amazonBedrockTextPartProviderOptions = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	guardContent: schemas/* boolean */.zMY().optional(),
	guardContentQualifiers: schemas/* array */.YOg(schemas/* enum */.k5n([
		"grounding_source",
		"query",
		"guard_content"
	])).optional()
})));
/**
* Amazon Bedrock image part provider options for guardrail content.
* These options apply to individual image parts.
*/
const amazonBedrockImagePartProviderOptions = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({ guardContent: schemas/* boolean */.zMY().optional() })));
const amazonBedrockLanguageModelChatOptions = schemas/* object */.Ikc({
	/**
	* Determines how structured outputs are generated for Anthropic models.
	*
	* - `outputFormat`: Use the native `output_config.format` parameter.
	* - `jsonTool`: Use a special 'json' tool to specify the structured output format.
	* - `auto`: Use `outputFormat` when supported, otherwise use `jsonTool` (default).
	*/
	structuredOutputMode: schemas/* enum */.k5n([
		"outputFormat",
		"jsonTool",
		"auto"
	]).optional(),
	/**
	* Additional inference parameters that the model supports,
	* beyond the base set of inference parameters that Converse
	* supports in the inferenceConfig field
	*/
	additionalModelRequestFields: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional(),
	reasoningConfig: schemas/* object */.Ikc({
		type: schemas/* union */.KCZ([
			schemas/* literal */.euz("enabled"),
			schemas/* literal */.euz("disabled"),
			schemas/* literal */.euz("adaptive")
		]).optional(),
		budgetTokens: schemas/* number */.aig().optional(),
		maxReasoningEffort: schemas/* enum */.k5n([
			"low",
			"medium",
			"high",
			"xhigh",
			"max"
		]).optional(),
		display: schemas/* enum */.k5n(["omitted", "summarized"]).optional()
	}).optional(),
	/**
	* Anthropic beta features to enable
	*/
	anthropicBeta: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
	/**
	* Service tier for the request.
	* @see https://docs.aws.amazon.com/bedrock/latest/userguide/service-tiers-inference.html
	*
	* - 'reserved': Uses provisioned throughput capacity
	* - 'priority': Prioritizes low-latency inference when capacity is available
	* - 'default': Standard on-demand tier
	* - 'flex': Lower-cost tier for flexible latency workloads
	*/
	serviceTier: schemas/* enum */.k5n([
		"reserved",
		"priority",
		"default",
		"flex"
	]).optional(),
	/**
	* Key-value pairs to attach to the request for invocation log filtering and
	* cost attribution.
	* @see https://docs.aws.amazon.com/bedrock/latest/userguide/cost-mgmt-request-metadata.html
	*
	* - Maximum 16 entries per request.
	* - Keys and values: maximum 256 characters each.
	*/
	requestMetadata: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()).optional()
});
//#endregion
//#region src/amazon-bedrock-anthropic-model-support.ts
function isAnthropicModel({ modelId, modelFamily, reasoningBudgetTokens }) {
	const { claude } = getAmazonBedrockLanguageModelEntry(modelId).requestConfig.language;
	return modelFamily === "anthropic" || claude === true || claude === "unknown" && reasoningBudgetTokens != null;
}
function supportsStrictTools(modelId) {
	return getAmazonBedrockLanguageModelEntry(modelId).capabilities.language.tools.strict;
}
function supportsNativeStructuredOutput(modelId) {
	return getAmazonBedrockLanguageModelEntry(modelId).capabilities.language.structuredOutput.native;
}
//#endregion
//#region src/amazon-bedrock-error.ts
const AmazonBedrockErrorSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	message: schemas/* string */.YjP(),
	type: schemas/* string */.YjP().nullish()
})));
const amazonBedrockFailedResponseHandler = (0,provider_utils_dist/* createJsonErrorResponseHandler */.sl)({
	errorSchema: AmazonBedrockErrorSchema,
	errorToMessage: (error) => error.type == null ? error.message : `${error.type}: ${error.message}`
});
//#endregion
//#region src/amazon-bedrock-event-stream-decoder.ts
function createAmazonBedrockEventStreamDecoder(body, processEvent) {
	const codec = new dist_cjs/* EventStreamCodec */.BF(util_utf8_dist_cjs/* toUtf8 */.Pq, util_utf8_dist_cjs/* fromUtf8 */.ar);
	let buffer = /* @__PURE__ */ new Uint8Array(0);
	const textDecoder = new TextDecoder();
	return body.pipeThrough(new TransformStream({
		async transform(chunk, controller) {
			const newBuffer = new Uint8Array(buffer.length + chunk.length);
			newBuffer.set(buffer);
			newBuffer.set(chunk, buffer.length);
			buffer = newBuffer;
			while (buffer.length >= 4) {
				const totalLength = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength).getUint32(0, false);
				if (buffer.length < totalLength) break;
				const subView = buffer.subarray(0, totalLength);
				const decoded = codec.decode(subView);
				buffer = buffer.slice(totalLength);
				const messageType = decoded.headers[":message-type"]?.value;
				const eventType = decoded.headers[":event-type"]?.value;
				const exceptionType = decoded.headers[":exception-type"]?.value;
				await processEvent({
					messageType,
					eventType,
					exceptionType,
					data: textDecoder.decode(decoded.body)
				}, controller);
			}
		},
		flush() {
			if (buffer.length > 0) throw new Error(`Incomplete Amazon Bedrock event-stream frame: ${buffer.length} buffered bytes remain at end of stream.`);
		}
	}));
}
//#endregion
//#region src/amazon-bedrock-event-stream-response-handler.ts
const createAmazonBedrockEventStreamResponseHandler = (chunkSchema) => async ({ response }) => {
	const responseHeaders = (0,provider_utils_dist/* extractResponseHeaders */.PX)(response);
	if (response.body == null) throw new dist/* EmptyResponseBodyError */.Tt({});
	return {
		responseHeaders,
		value: createAmazonBedrockEventStreamDecoder(response.body, async (event, controller) => {
			const payloadType = event.messageType === "event" ? event.eventType : event.messageType === "exception" ? event.exceptionType : void 0;
			if (payloadType == null) return;
			const parsedDataResult = await (0,provider_utils_dist/* safeParseJSON */.N8)({ text: event.data });
			if (!parsedDataResult.success) {
				controller.enqueue(parsedDataResult);
				return;
			}
			delete parsedDataResult.value.p;
			const wrappedData = { [payloadType]: parsedDataResult.value };
			const validatedWrappedData = await (0,provider_utils_dist/* safeValidateTypes */.ZZ)({
				value: wrappedData,
				schema: chunkSchema
			});
			if (!validatedWrappedData.success) controller.enqueue(validatedWrappedData);
			else controller.enqueue({
				success: true,
				value: validatedWrappedData.value,
				rawValue: wrappedData
			});
		})
	};
};
//#endregion
//#region src/amazon-bedrock-stream-error.ts
function getAmazonBedrockStreamErrorMetadata(type) {
	switch (type) {
		case "internalServerException":
		case "InternalServerException": return {
			statusCode: 500,
			isRetryable: true
		};
		case "modelStreamErrorException":
		case "ModelStreamErrorException": return {
			statusCode: 424,
			isRetryable: true
		};
		case "serviceUnavailableException":
		case "ServiceUnavailableException": return {
			statusCode: 503,
			isRetryable: true
		};
		case "throttlingException":
		case "ThrottlingException": return {
			statusCode: 429,
			isRetryable: true
		};
		case "validationException":
		case "ValidationException": return {
			statusCode: 400,
			isRetryable: false
		};
		default: return {};
	}
}
//#endregion
//#region src/amazon-bedrock-prepare-tools.ts
async function prepareTools$1({ tools, toolChoice, modelId, modelFamily, reasoningBudgetTokens, disableParallelToolUse, rejectsForcedToolUse = false }) {
	const toolWarnings = [];
	const betas = /* @__PURE__ */ new Set();
	if (tools == null || tools.length === 0) return {
		toolConfig: {},
		additionalTools: void 0,
		betas,
		toolWarnings
	};
	const supportedTools = tools.filter((tool) => {
		if (tool.type === "provider" && (tool.id === "anthropic.web_search_20250305" || tool.id === "anthropic.web_search_20260318" || tool.id === "anthropic.web_fetch_20260318")) {
			toolWarnings.push({
				type: "unsupported",
				feature: `${tool.id.slice(10)} tool`,
				details: `The ${tool.id.slice(10)} tool is not supported on Amazon Bedrock.`
			});
			return false;
		}
		return true;
	});
	if (supportedTools.length === 0) return {
		toolConfig: {},
		additionalTools: void 0,
		betas,
		toolWarnings
	};
	const isAnthropicModel$2 = isAnthropicModel({
		modelId,
		modelFamily,
		reasoningBudgetTokens
	});
	const providerTools = supportedTools.filter((t) => t.type === "provider");
	const functionTools = supportedTools.filter((t) => t.type === "function");
	const rejectsForcedToolChoice = isAnthropicModel$2 && rejectsForcedToolUse && (toolChoice?.type === "required" || toolChoice?.type === "tool");
	const providerToolsForRequest = rejectsForcedToolChoice && toolChoice.type === "tool" ? providerTools.filter((tool) => tool.name === toolChoice.toolName) : providerTools;
	const disableParallelToolUseForRequest = disableParallelToolUse ?? (isAnthropicModel$2 && toolChoice?.type === "tool" && !rejectsForcedToolChoice ? true : void 0);
	let additionalTools = void 0;
	const amazonBedrockTools = [];
	const usingAnthropicTools = isAnthropicModel$2 && providerToolsForRequest.length > 0;
	if (usingAnthropicTools) {
		const { toolChoice: preparedAnthropicToolChoice, toolWarnings: anthropicToolWarnings, betas: anthropicBetas } = await prepareTools({
			tools: providerTools,
			toolChoice,
			disableParallelToolUse: disableParallelToolUseForRequest,
			supportsStructuredOutput: false,
			supportsStrictTools: false,
			rejectsForcedToolUse
		});
		toolWarnings.push(...anthropicToolWarnings);
		anthropicBetas.forEach((beta) => betas.add(beta));
		if (preparedAnthropicToolChoice) additionalTools = { tool_choice: preparedAnthropicToolChoice };
		for (const tool of providerToolsForRequest) {
			const toolFactory = Object.values(anthropicTools).find((factory) => {
				return factory({}).id === tool.id;
			});
			if (toolFactory != null) {
				const fullToolDefinition = toolFactory({});
				amazonBedrockTools.push({ toolSpec: {
					name: tool.name,
					inputSchema: { json: await (0,provider_utils_dist/* asSchema */.mD)(fullToolDefinition.inputSchema).jsonSchema }
				} });
			} else toolWarnings.push({
				type: "unsupported",
				feature: `tool ${tool.id}`
			});
		}
	} else for (const tool of providerToolsForRequest) toolWarnings.push({
		type: "unsupported",
		feature: `tool ${tool.id}`
	});
	let preparedToolChoice = toolChoice;
	if (!usingAnthropicTools && rejectsForcedToolChoice) {
		if (toolChoice.type === "tool") toolWarnings.push({
			type: "unsupported",
			feature: "toolChoice",
			details: `toolChoice 'tool' is not supported by this model because it rejects forced tool use. Only the '${toolChoice.toolName}' tool is sent with 'auto' tool choice. Instruct the model to use the tool in the prompt and verify that a tool call was made.`
		});
		else toolWarnings.push({
			type: "unsupported",
			feature: "toolChoice",
			details: "toolChoice 'required' is not supported by this model because it rejects forced tool use. Using 'auto' instead. Instruct the model to use a tool in the prompt and verify that a tool call was made."
		});
		preparedToolChoice = { type: "auto" };
	}
	const filteredFunctionTools = toolChoice?.type === "tool" && (!isAnthropicModel$2 || rejectsForcedToolChoice) ? functionTools.filter((t) => t.name === toolChoice.toolName) : functionTools;
	const supportsStrictOnTools = supportsStrictTools(modelId);
	for (const tool of filteredFunctionTools) {
		const supportsStrictForTool = supportsStrictOnTools && (tool.strict !== true || isStrictToolSchemaCompatible(tool.inputSchema));
		if (!supportsStrictOnTools && tool.strict === true) toolWarnings.push({
			type: "unsupported",
			feature: "strict",
			details: `Tool '${tool.name}' has strict: ${tool.strict}, but strict mode is not supported by this model on Amazon Bedrock. The strict property will be ignored.`
		});
		else if (tool.strict === true && !supportsStrictForTool) toolWarnings.push({
			type: "unsupported",
			feature: "strict",
			details: `Tool '${tool.name}' has strict: true, but Amazon Bedrock requires every object in a strict tool schema to set additionalProperties: false. The strict property will be ignored.`
		});
		amazonBedrockTools.push({ toolSpec: {
			name: tool.name,
			...tool.description?.trim() !== "" ? { description: tool.description } : {},
			...tool.strict != null && supportsStrictForTool ? { strict: tool.strict } : {},
			inputSchema: { json: tool.inputSchema }
		} });
	}
	if (isAnthropicModel$2 && !usingAnthropicTools && disableParallelToolUseForRequest && amazonBedrockTools.length > 0 && preparedToolChoice?.type !== "none") additionalTools = { tool_choice: preparedToolChoice?.type === "required" ? {
		type: "any",
		disable_parallel_tool_use: true
	} : preparedToolChoice?.type === "tool" ? {
		type: "tool",
		name: preparedToolChoice.toolName,
		disable_parallel_tool_use: true
	} : {
		type: "auto",
		disable_parallel_tool_use: true
	} };
	let amazonBedrockToolChoice = void 0;
	if (!usingAnthropicTools && additionalTools?.tool_choice == null && amazonBedrockTools.length > 0 && preparedToolChoice) {
		const type = preparedToolChoice.type;
		switch (type) {
			case "auto":
				amazonBedrockToolChoice = { auto: {} };
				break;
			case "required":
				amazonBedrockToolChoice = { any: {} };
				break;
			case "none":
				amazonBedrockTools.length = 0;
				amazonBedrockToolChoice = void 0;
				break;
			case "tool":
				amazonBedrockToolChoice = { tool: { name: preparedToolChoice.toolName } };
				break;
			default: throw new dist/* UnsupportedFunctionalityError */.b8({ functionality: `tool choice type: ${type}` });
		}
	}
	return {
		toolConfig: amazonBedrockTools.length > 0 ? {
			tools: amazonBedrockTools,
			toolChoice: amazonBedrockToolChoice
		} : {},
		additionalTools,
		betas,
		toolWarnings
	};
}
function isStrictToolSchemaCompatible(schema) {
	if (typeof schema === "boolean") return true;
	const schemaWithDefs = schema;
	if ((schema.type === "object" || Array.isArray(schema.type) && schema.type.includes("object")) && schema.additionalProperties !== false) return false;
	const schemaMaps = [
		schema.properties,
		schema.patternProperties,
		schema.definitions,
		schemaWithDefs.$defs
	];
	for (const schemaMap of schemaMaps) if (schemaMap != null && Object.values(schemaMap).some((definition) => !isStrictToolSchemaCompatible(definition))) return false;
	if (schema.dependencies != null && Object.values(schema.dependencies).some((dependency) => !Array.isArray(dependency) && !isStrictToolSchemaCompatible(dependency))) return false;
	if ([
		schema.propertyNames,
		schema.contains,
		schema.not,
		schema.if,
		schema.then,
		schema.else
	].some((nestedSchema) => nestedSchema != null && !isStrictToolSchemaCompatible(nestedSchema))) return false;
	if (schema.items != null && (Array.isArray(schema.items) ? schema.items.some((item) => !isStrictToolSchemaCompatible(item)) : !isStrictToolSchemaCompatible(schema.items))) return false;
	return [
		schema.anyOf,
		schema.allOf,
		schema.oneOf
	].every((alternatives) => alternatives == null || alternatives.every(isStrictToolSchemaCompatible));
}
//#endregion
//#region src/convert-amazon-bedrock-usage.ts
function convertAmazonBedrockUsage(usage) {
	if (usage == null) return (0,provider_utils_dist/* createNullLanguageModelUsage */.EK)();
	const inputTokens = usage.inputTokens;
	const outputTokens = usage.outputTokens;
	const cacheReadTokens = usage.cacheReadInputTokens ?? 0;
	const cacheWriteTokens = usage.cacheWriteInputTokens ?? 0;
	return {
		inputTokens: {
			total: inputTokens + cacheReadTokens + cacheWriteTokens,
			noCache: inputTokens,
			cacheRead: cacheReadTokens,
			cacheWrite: cacheWriteTokens
		},
		outputTokens: {
			total: outputTokens,
			text: outputTokens,
			reasoning: void 0
		},
		raw: usage
	};
}
//#endregion
//#region src/amazon-bedrock-reasoning-metadata.ts
const amazonBedrockReasoningMetadataSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	signature: schemas/* string */.YjP().optional(),
	redactedData: schemas/* string */.YjP().optional(),
	redactedContent: schemas/* string */.YjP().optional()
})));
//#endregion
//#region src/normalize-tool-call-id.ts
/**
* Checks if the given model ID is a Mistral model.
* Mistral models on Bedrock are prefixed with 'mistral.' or region-prefixed like 'us.mistral.'.
*/
function isMistralModel(modelId) {
	return getAmazonBedrockLanguageModelEntry(modelId).requestConfig.language.toolCallIdFormat === "mistral";
}
/**
* Normalizes a tool call ID for Mistral models.
*
* Mistral models require tool call IDs to match the regex `^[a-zA-Z0-9]{9}$`:
* - Exactly 9 characters
* - Alphanumeric only (no underscores, hyphens, or other characters)
*
* Bedrock generates tool call IDs in formats like `tooluse_bpe71yCfRu2b5i-nKGDr5g`,
* which are incompatible with Mistral's requirements.
*
* This function hashes incompatible IDs into 9 alphanumeric characters.
*
* @param toolCallId - The original tool call ID from Bedrock
* @param isMistral - Whether the model is a Mistral model
* @returns The normalized tool call ID (9 alphanumeric chars) if Mistral, otherwise the original ID
*/
function normalizeToolCallId(toolCallId, isMistral) {
	if (!isMistral) return toolCallId;
	if (/^[a-zA-Z0-9]{9}$/.test(toolCallId)) return toolCallId;
	return convertToBase62Hash(toolCallId);
}
const base62Characters = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const base62Length = BigInt(62);
const normalizedToolCallIdLength = 9;
const normalizedToolCallIdSpace = base62Length ** BigInt(normalizedToolCallIdLength);
const fnvOffsetBasis64 = BigInt("14695981039346656037");
const fnvPrime64 = BigInt("1099511628211");
const fnv64BitMask = BigInt("18446744073709551615");
function convertToBase62Hash(value) {
	let hash = fnvOffsetBasis64;
	for (let i = 0; i < value.length; i++) {
		hash ^= BigInt(value.charCodeAt(i));
		hash = hash * fnvPrime64 & fnv64BitMask;
	}
	let base62Value = hash % normalizedToolCallIdSpace;
	let result = "";
	for (let i = 0; i < normalizedToolCallIdLength; i++) {
		result = base62Characters[Number(base62Value % base62Length)] + result;
		base62Value /= base62Length;
	}
	return result;
}
//#endregion
//#region src/convert-to-amazon-bedrock-chat-messages.ts
function getCachePoint(providerMetadata) {
	const cachePointConfig = providerMetadata?.amazonBedrock?.cachePoint ?? providerMetadata?.bedrock?.cachePoint;
	if (!cachePointConfig) return;
	return { cachePoint: cachePointConfig };
}
function pushCachePoint(content, providerMetadata) {
	const cachePoint = getCachePoint(providerMetadata);
	if (cachePoint) content.push(cachePoint);
}
function sanitizeToolName(toolName) {
	return toolName.replace(/[^a-zA-Z0-9_-]/g, "") || "_";
}
function sanitizeDocumentName(filename) {
	return (0,provider_utils_dist/* stripFileExtension */.Qj)(filename).replace(/\s+/g, " ").replace(/[^a-zA-Z0-9 ()[\]-]/g, "").trim().slice(0, 200).trim();
}
function getAmazonBedrockMediaSource({ data, functionality }) {
	switch (data.type) {
		case "data": return { bytes: (0,provider_utils_dist/* convertToBase64 */.ej)(data.data) };
		case "url":
			if (data.url.protocol !== "s3:") throw new dist/* UnsupportedFunctionalityError */.b8({ functionality });
			return { s3Location: { uri: data.url.toString() } };
	}
}
async function shouldEnableCitations(providerMetadata) {
	return (await (0,provider_utils_dist/* parseProviderOptions */.xI)({
		provider: "amazonBedrock",
		providerOptions: providerMetadata,
		schema: amazonBedrockFilePartProviderOptions
	}) ?? await (0,provider_utils_dist/* parseProviderOptions */.xI)({
		provider: "bedrock",
		providerOptions: providerMetadata,
		schema: amazonBedrockFilePartProviderOptions
	}))?.citations?.enabled ?? false;
}
async function getTextPartGuardContentOptions(providerMetadata) {
	return await (0,provider_utils_dist/* parseProviderOptions */.xI)({
		provider: "amazonBedrock",
		providerOptions: providerMetadata,
		schema: amazonBedrockTextPartProviderOptions
	}) ?? await (0,provider_utils_dist/* parseProviderOptions */.xI)({
		provider: "bedrock",
		providerOptions: providerMetadata,
		schema: amazonBedrockTextPartProviderOptions
	});
}
async function getImagePartGuardContentOptions(providerMetadata) {
	return await (0,provider_utils_dist/* parseProviderOptions */.xI)({
		provider: "amazonBedrock",
		providerOptions: providerMetadata,
		schema: amazonBedrockImagePartProviderOptions
	}) ?? await (0,provider_utils_dist/* parseProviderOptions */.xI)({
		provider: "bedrock",
		providerOptions: providerMetadata,
		schema: amazonBedrockImagePartProviderOptions
	});
}
async function convertToAmazonBedrockChatMessages(prompt, isMistral = false) {
	const blocks = dist_groupIntoBlocks(prompt);
	let system = [];
	const messages = [];
	let documentCounter = 0;
	const generateDocumentName = () => `document-${++documentCounter}`;
	const usedDocumentNames = /* @__PURE__ */ new Set();
	const getDocumentName = (filename) => {
		const baseName = filename && sanitizeDocumentName(filename) || generateDocumentName();
		let name = baseName;
		for (let suffix = 2; usedDocumentNames.has(name); suffix++) {
			const suffixText = ` (${suffix})`;
			name = `${baseName.slice(0, 200 - suffixText.length).trim()}${suffixText}`;
		}
		usedDocumentNames.add(name);
		return name;
	};
	for (let i = 0; i < blocks.length; i++) {
		const block = blocks[i];
		const isLastBlock = i === blocks.length - 1;
		const type = block.type;
		switch (type) {
			case "system":
				if (messages.length > 0) throw new dist/* UnsupportedFunctionalityError */.b8({ functionality: "Multiple system messages that are separated by user/assistant messages" });
				for (const message of block.messages) {
					system.push({ text: message.content });
					const cachePoint = getCachePoint(message.providerOptions);
					if (cachePoint) system.push(cachePoint);
				}
				break;
			case "user": {
				const amazonBedrockContent = [];
				for (const message of block.messages) {
					const { role, content, providerOptions } = message;
					switch (role) {
						case "user":
							for (let j = 0; j < content.length; j++) {
								const part = content[j];
								switch (part.type) {
									case "text": {
										const textOptions = await getTextPartGuardContentOptions(part.providerOptions);
										if (textOptions?.guardContent) amazonBedrockContent.push({ guardContent: { text: {
											text: part.text,
											qualifiers: textOptions.guardContentQualifiers
										} } });
										else amazonBedrockContent.push({ text: part.text });
										break;
									}
									case "file": switch (part.data.type) {
										case "reference": throw new dist/* UnsupportedFunctionalityError */.b8({ functionality: "file parts with provider references" });
										case "url": {
											if (part.data.url.protocol !== "s3:") throw new dist/* UnsupportedFunctionalityError */.b8({ functionality: "File URL data" });
											const fullMediaType = (0,provider_utils_dist/* resolveFullMediaType */.SL)({ part });
											switch ((0,provider_utils_dist/* getTopLevelMediaType */.yu)(fullMediaType)) {
												case "image":
													amazonBedrockContent.push({ image: {
														format: getAmazonBedrockImageFormat(fullMediaType),
														source: getAmazonBedrockMediaSource({
															data: part.data,
															functionality: "File URL data"
														})
													} });
													break;
												case "video":
													amazonBedrockContent.push({ video: {
														format: getAmazonBedrockVideoFormat(fullMediaType),
														source: getAmazonBedrockMediaSource({
															data: part.data,
															functionality: "File URL data"
														})
													} });
													break;
												default: throw new dist/* UnsupportedFunctionalityError */.b8({ functionality: "File URL data" });
											}
											break;
										}
										case "text": {
											const textMediaType = (0,provider_utils_dist/* isFullMediaType */.Cs)(part.mediaType) ? part.mediaType : "text/plain";
											const enableCitations = await shouldEnableCitations(part.providerOptions);
											amazonBedrockContent.push({ document: {
												format: getAmazonBedrockDocumentFormat(textMediaType),
												name: getDocumentName(part.filename),
												source: { bytes: (0,provider_utils_dist/* convertToBase64 */.ej)(new TextEncoder().encode(part.data.text)) },
												...enableCitations && { citations: { enabled: true } }
											} });
											break;
										}
										case "data": {
											const fullMediaType = (0,provider_utils_dist/* resolveFullMediaType */.SL)({ part });
											switch ((0,provider_utils_dist/* getTopLevelMediaType */.yu)(fullMediaType)) {
												case "image": {
													const imageOptions = await getImagePartGuardContentOptions(part.providerOptions);
													const imageBlock = { image: {
														format: getAmazonBedrockImageFormat(fullMediaType),
														source: getAmazonBedrockMediaSource({
															data: part.data,
															functionality: "File URL data"
														})
													} };
													if (imageOptions?.guardContent) amazonBedrockContent.push({ guardContent: imageBlock });
													else amazonBedrockContent.push(imageBlock);
													break;
												}
												case "video":
													amazonBedrockContent.push({ video: {
														format: getAmazonBedrockVideoFormat(fullMediaType),
														source: getAmazonBedrockMediaSource({
															data: part.data,
															functionality: "File URL data"
														})
													} });
													break;
												default: {
													const enableCitations = await shouldEnableCitations(part.providerOptions);
													amazonBedrockContent.push({ document: {
														format: getAmazonBedrockDocumentFormat(fullMediaType),
														name: getDocumentName(part.filename),
														source: { bytes: (0,provider_utils_dist/* convertToBase64 */.ej)(part.data.data) },
														...enableCitations && { citations: { enabled: true } }
													} });
												}
											}
											break;
										}
									}
								}
								pushCachePoint(amazonBedrockContent, part.providerOptions);
							}
							break;
						case "tool":
							for (const part of content) {
								if (part.type === "tool-approval-response") continue;
								amazonBedrockContent.push({ toolResult: {
									toolUseId: normalizeToolCallId(part.toolCallId, isMistral),
									content: await convertToolResultOutput({
										output: part.output,
										getDocumentName
									})
								} });
								pushCachePoint(amazonBedrockContent, part.providerOptions);
							}
							break;
						default: throw new Error(`Unsupported role: ${role}`);
					}
					pushCachePoint(amazonBedrockContent, providerOptions);
				}
				appendToUserMessage(messages, amazonBedrockContent);
				break;
			}
			case "assistant": {
				let assistantContent = [];
				let toolResultContent = [];
				const flushAssistantContent = () => {
					if (assistantContent.some((block) => !("cachePoint" in block))) messages.push({
						role: "assistant",
						content: assistantContent
					});
					assistantContent = [];
				};
				const flushToolResultContent = () => {
					if (toolResultContent.length > 0) {
						appendToUserMessage(messages, toolResultContent);
						toolResultContent = [];
					}
				};
				for (let j = 0; j < block.messages.length; j++) {
					const message = block.messages[j];
					const isLastMessage = j === block.messages.length - 1;
					const content = message.content.filter((part) => part.type !== "text" || part.text.length > 0 || part.providerOptions == null || part.providerOptions.amazonBedrock != null || part.providerOptions.bedrock != null);
					const hasReasoningBlocks = content.some((part) => part.type === "reasoning");
					for (let k = 0; k < content.length; k++) {
						const part = content[k];
						const isLastContentPart = k === content.length - 1;
						if (part.type !== "tool-result") flushToolResultContent();
						switch (part.type) {
							case "text":
								if (!part.text.trim() && !hasReasoningBlocks) break;
								assistantContent.push({ text: trimIfLast(isLastBlock, isLastMessage, isLastContentPart, part.text) });
								break;
							case "reasoning": {
								const reasoningMetadata = await (0,provider_utils_dist/* parseProviderOptions */.xI)({
									provider: "amazonBedrock",
									providerOptions: part.providerOptions,
									schema: amazonBedrockReasoningMetadataSchema
								}) ?? await (0,provider_utils_dist/* parseProviderOptions */.xI)({
									provider: "bedrock",
									providerOptions: part.providerOptions,
									schema: amazonBedrockReasoningMetadataSchema
								});
								if (reasoningMetadata?.signature != null) assistantContent.push({ reasoningContent: { reasoningText: {
									text: part.text,
									signature: reasoningMetadata.signature
								} } });
								else if (reasoningMetadata?.redactedContent != null) assistantContent.push({ reasoningContent: { redactedContent: reasoningMetadata.redactedContent } });
								else if (reasoningMetadata?.redactedData != null) assistantContent.push({ reasoningContent: { redactedReasoning: { data: reasoningMetadata.redactedData } } });
								break;
							}
							case "tool-call":
								assistantContent.push({ toolUse: {
									toolUseId: normalizeToolCallId(part.toolCallId, isMistral),
									name: sanitizeToolName(part.toolName),
									input: toBedrockToolInput(part.input)
								} });
								break;
							case "tool-result":
								flushAssistantContent();
								toolResultContent.push({ toolResult: {
									toolUseId: normalizeToolCallId(part.toolCallId, isMistral),
									content: await convertToolResultOutput({
										output: part.output,
										getDocumentName
									})
								} });
						}
						pushCachePoint(part.type === "tool-result" ? toolResultContent : assistantContent, part.providerOptions);
					}
					pushCachePoint(content[content.length - 1]?.type === "tool-result" ? toolResultContent : assistantContent, message.providerOptions);
				}
				flushToolResultContent();
				flushAssistantContent();
				break;
			}
			default: throw new Error(`Unsupported type: ${type}`);
		}
	}
	return {
		system,
		messages
	};
}
function appendToUserMessage(messages, content) {
	const lastMessage = messages[messages.length - 1];
	if (lastMessage?.role === "user" && lastMessage.content.some((block) => "toolResult" in block)) lastMessage.content.push(...content);
	else messages.push({
		role: "user",
		content
	});
}
async function convertToolResultOutput({ output, getDocumentName }) {
	switch (output.type) {
		case "content": return Promise.all(output.value.map(async (contentPart) => {
			switch (contentPart.type) {
				case "text": return { text: contentPart.text };
				case "file": {
					if (contentPart.data.type !== "data" && (contentPart.data.type !== "url" || contentPart.data.url.protocol !== "s3:")) throw new dist/* UnsupportedFunctionalityError */.b8({ functionality: `tool result file data of type "${contentPart.data.type}"` });
					const fullMediaType = (0,provider_utils_dist/* resolveFullMediaType */.SL)({ part: contentPart });
					switch ((0,provider_utils_dist/* getTopLevelMediaType */.yu)(fullMediaType)) {
						case "image": return { image: {
							format: getAmazonBedrockImageFormat(fullMediaType),
							source: getAmazonBedrockMediaSource({
								data: contentPart.data,
								functionality: `tool result file data of type "${contentPart.data.type}"`
							})
						} };
						case "video": return { video: {
							format: getAmazonBedrockVideoFormat(fullMediaType),
							source: getAmazonBedrockMediaSource({
								data: contentPart.data,
								functionality: `tool result file data of type "${contentPart.data.type}"`
							})
						} };
						default: {
							if (contentPart.data.type !== "data") throw new dist/* UnsupportedFunctionalityError */.b8({ functionality: `tool result file data of type "${contentPart.data.type}"` });
							const enableCitations = await shouldEnableCitations(contentPart.providerOptions);
							return { document: {
								format: getAmazonBedrockDocumentFormat(fullMediaType),
								name: getDocumentName(contentPart.filename),
								source: { bytes: (0,provider_utils_dist/* convertToBase64 */.ej)(contentPart.data.data) },
								...enableCitations && { citations: { enabled: true } }
							} };
						}
					}
				}
				default: throw new dist/* UnsupportedFunctionalityError */.b8({ functionality: `unsupported tool content part type: ${contentPart.type}` });
			}
		}));
		case "text":
		case "error-text": return [{ text: output.value }];
		case "execution-denied": return [{ text: output.reason ?? "Tool call execution denied." }];
		default: return [{ text: (0,provider_utils_dist/* stringifyWithBigIntAndCycles */.f3)(output.value) }];
	}
}
function toBedrockToolInput(input) {
	if (typeof input === "string") try {
		const parsed = (0,provider_utils_dist/* secureJsonParse */.ZA)(input);
		if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) return parsed;
	} catch {}
	return typeof input === "object" && input !== null && !Array.isArray(input) ? input : { rawInvalidInput: input };
}
function getAmazonBedrockImageFormat(mimeType) {
	const format = BEDROCK_IMAGE_MIME_TYPES[mimeType];
	if (!format) throw new dist/* UnsupportedFunctionalityError */.b8({
		functionality: `image mime type: ${mimeType}`,
		message: `Unsupported image mime type: ${mimeType}, expected one of: ${Object.keys(BEDROCK_IMAGE_MIME_TYPES).join(", ")}`
	});
	return format;
}
function getAmazonBedrockDocumentFormat(mimeType) {
	const format = BEDROCK_DOCUMENT_MIME_TYPES[mimeType];
	if (!format) throw new dist/* UnsupportedFunctionalityError */.b8({
		functionality: `file mime type: ${mimeType}`,
		message: `Unsupported file mime type: ${mimeType}, expected one of: ${Object.keys(BEDROCK_DOCUMENT_MIME_TYPES).join(", ")}`
	});
	return format;
}
function getAmazonBedrockVideoFormat(mimeType) {
	const format = BEDROCK_VIDEO_MIME_TYPES[mimeType];
	if (!format) throw new dist/* UnsupportedFunctionalityError */.b8({
		functionality: `video mime type: ${mimeType}`,
		message: `Unsupported video mime type: ${mimeType}, expected one of: ${Object.keys(BEDROCK_VIDEO_MIME_TYPES).join(", ")}`
	});
	return format;
}
function trimIfLast(isLastBlock, isLastMessage, isLastContentPart, text) {
	return isLastBlock && isLastMessage && isLastContentPart ? text.trim() : text;
}
function dist_groupIntoBlocks(prompt) {
	const blocks = [];
	let currentBlock = void 0;
	for (const message of prompt) {
		const { role } = message;
		switch (role) {
			case "system":
				if (currentBlock?.type !== "system") {
					currentBlock = {
						type: "system",
						messages: []
					};
					blocks.push(currentBlock);
				}
				currentBlock.messages.push(message);
				break;
			case "assistant":
				if (currentBlock?.type !== "assistant") {
					currentBlock = {
						type: "assistant",
						messages: []
					};
					blocks.push(currentBlock);
				}
				currentBlock.messages.push(message);
				break;
			case "user":
				if (currentBlock?.type !== "user") {
					currentBlock = {
						type: "user",
						messages: []
					};
					blocks.push(currentBlock);
				}
				currentBlock.messages.push(message);
				break;
			case "tool":
				if (currentBlock?.type !== "user") {
					currentBlock = {
						type: "user",
						messages: []
					};
					blocks.push(currentBlock);
				}
				currentBlock.messages.push(message);
				break;
			default: throw new Error(`Unsupported role: ${role}`);
		}
	}
	return blocks;
}
//#endregion
//#region src/map-amazon-bedrock-finish-reason.ts
function mapAmazonBedrockFinishReason(finishReason, isJsonResponseFromTool) {
	switch (finishReason) {
		case "stop_sequence":
		case "end_turn": return "stop";
		case "max_tokens": return "length";
		case "content_filtered":
		case "guardrail_intervened": return "content-filter";
		case "tool_use": return isJsonResponseFromTool ? "stop" : "tool-calls";
		default: return "other";
	}
}
//#endregion
//#region src/amazon-bedrock-chat-language-model.ts
const dist_anthropicProviderOptions = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	disableParallelToolUse: schemas/* boolean */.zMY().optional(),
	structuredOutputMode: schemas/* enum */.k5n([
		"outputFormat",
		"jsonTool",
		"auto"
	]).optional()
})));
function createAmazonBedrockStreamError({ type, error, data }) {
	const message = typeof error.message === "string" ? error.message : `Amazon Bedrock stream failed with ${type}`;
	return (0,provider_utils_dist/* createProviderStreamError */.iH)({
		message,
		type,
		...getAmazonBedrockStreamErrorMetadata(type),
		data
	});
}
var AmazonBedrockChatLanguageModel = class AmazonBedrockChatLanguageModel {
	static [serde_dist/* WORKFLOW_SERIALIZE */.V](model) {
		return (0,provider_utils_dist/* serializeModelOptions */.Qf)({
			modelId: model.modelId,
			config: model.config
		});
	}
	static [serde_dist/* WORKFLOW_DESERIALIZE */.C](options) {
		return new AmazonBedrockChatLanguageModel(options.modelId, options.config);
	}
	constructor(modelId, config) {
		this.modelId = modelId;
		this.config = config;
		this.specificationVersion = "v4";
		this.provider = "amazon-bedrock";
		this.supportedUrls = {
			"image/*": [/^s3:\/\//],
			"video/*": [/^s3:\/\//]
		};
	}
	async getArgs({ prompt, maxOutputTokens, temperature, topP, topK, frequencyPenalty, presencePenalty, stopSequences, responseFormat, seed, tools, toolChoice, reasoning, providerOptions }) {
		let amazonBedrockOptions = (await (0,provider_utils_dist/* resolveProviderOptions */.Wo)({
			providerOptions,
			namespaces: ["amazonBedrock", "bedrock"],
			resolution: "first",
			schema: amazonBedrockLanguageModelChatOptions
		})).options ?? {};
		const anthropicOptions = await (0,provider_utils_dist/* parseProviderOptions */.xI)({
			provider: "anthropic",
			providerOptions,
			schema: dist_anthropicProviderOptions
		});
		const warnings = [];
		const modelRequestConfig = getAmazonBedrockLanguageModelEntry(this.modelId).requestConfig.language;
		const { supportsStructuredOutput: modelSupportsStructuredOutput, rejectsSamplingParameters, rejectsForcedToolUse, rejectsThinkingDisabled, rejectsThinkingDisabledAboveHighEffort, supportsBetweenToolsThinking, isKnownModel } = getAnthropicModelCapabilities(modelRequestConfig.anthropicModelId);
		if (frequencyPenalty != null) warnings.push({
			type: "unsupported",
			feature: "frequencyPenalty"
		});
		if (presencePenalty != null) warnings.push({
			type: "unsupported",
			feature: "presencePenalty"
		});
		if (seed != null) warnings.push({
			type: "unsupported",
			feature: "seed"
		});
		if (rejectsSamplingParameters) {
			if (temperature != null) {
				warnings.push({
					type: "unsupported",
					feature: "temperature",
					details: `temperature is not supported by ${this.modelId} and will be ignored`
				});
				temperature = void 0;
			}
			if (topK != null) {
				warnings.push({
					type: "unsupported",
					feature: "topK",
					details: `topK is not supported by ${this.modelId} and will be ignored`
				});
				topK = void 0;
			}
			if (topP != null) {
				warnings.push({
					type: "unsupported",
					feature: "topP",
					details: `topP is not supported by ${this.modelId} and will be ignored`
				});
				topP = void 0;
			}
		}
		const { reasoningEffort: reasoningEffortField, rejectedSettings } = modelRequestConfig;
		const shouldNormalizeTemperature = !rejectedSettings.includes("temperature");
		if (shouldNormalizeTemperature && temperature != null && temperature > 1) {
			warnings.push({
				type: "unsupported",
				feature: "temperature",
				details: `${temperature} exceeds bedrock maximum of 1.0. clamped to 1.0`
			});
			temperature = 1;
		} else if (shouldNormalizeTemperature && temperature != null && temperature < 0) {
			warnings.push({
				type: "unsupported",
				feature: "temperature",
				details: `${temperature} is below bedrock minimum of 0. clamped to 0`
			});
			temperature = 0;
		}
		if (responseFormat != null && responseFormat.type !== "text" && responseFormat.type !== "json") warnings.push({
			type: "unsupported",
			feature: "responseFormat",
			details: "Only text and json response formats are supported."
		});
		const isAnthropicModel$1 = isAnthropicModel({
			modelId: this.modelId,
			modelFamily: this.config.modelFamily,
			reasoningBudgetTokens: amazonBedrockOptions.reasoningConfig?.budgetTokens
		});
		const hasExplicitDisabledThinking = amazonBedrockOptions.reasoningConfig?.type === "disabled";
		const explicitReasoningEffort = amazonBedrockOptions.reasoningConfig?.maxReasoningEffort;
		amazonBedrockOptions = resolveAmazonBedrockReasoningConfig({
			reasoning,
			amazonBedrockOptions,
			warnings,
			isAnthropicModel: isAnthropicModel$1,
			modelId: this.modelId
		});
		let thinkingType = amazonBedrockOptions.reasoningConfig?.type;
		let maxReasoningEffort = amazonBedrockOptions.reasoningConfig?.maxReasoningEffort;
		if (isAnthropicModel$1 && thinkingType === "disabled") {
			if (!modelRequestConfig.thinkingField) thinkingType = void 0;
			else if (rejectsThinkingDisabled) {
				thinkingType = supportsBetweenToolsThinking ? "between_tools" : "adaptive";
				if (!hasExplicitDisabledThinking && thinkingType === "adaptive") {
					maxReasoningEffort ??= explicitReasoningEffort;
					if (maxReasoningEffort == null && amazonBedrockOptions.additionalModelRequestFields?.output_config?.effort == null) maxReasoningEffort = "low";
				}
				warnings.push({
					type: hasExplicitDisabledThinking ? "unsupported" : "compatibility",
					feature: hasExplicitDisabledThinking ? "providerOptions.amazonBedrock.reasoningConfig" : "reasoning",
					details: `thinking cannot be disabled for ${this.modelId}. Using '${thinkingType}' thinking instead.`
				});
			}
			const effort = maxReasoningEffort ?? amazonBedrockOptions.additionalModelRequestFields?.output_config?.effort;
			if ((thinkingType === "disabled" && rejectsThinkingDisabledAboveHighEffort || thinkingType === "between_tools") && (effort === "xhigh" || effort === "max")) {
				warnings.push({
					type: "unsupported",
					feature: maxReasoningEffort != null ? "providerOptions.amazonBedrock.reasoningConfig.maxReasoningEffort" : "providerOptions.amazonBedrock.additionalModelRequestFields.output_config.effort",
					details: `effort '${effort}' is not supported by ${this.modelId} with '${thinkingType}' thinking. The effort has been lowered to 'high'.`
				});
				maxReasoningEffort = "high";
			}
		}
		const isThinkingEnabled = thinkingType === "enabled" || thinkingType === "adaptive" || thinkingType === "between_tools";
		const structuredOutputMode = amazonBedrockOptions.structuredOutputMode ?? anthropicOptions?.structuredOutputMode ?? "auto";
		if (structuredOutputMode === "jsonTool") {
			const additionalModelRequestFields = { ...amazonBedrockOptions.additionalModelRequestFields };
			const outputConfig = additionalModelRequestFields.output_config;
			if (outputConfig != null && typeof outputConfig === "object" && !Array.isArray(outputConfig)) {
				const outputConfigWithoutFormat = { ...outputConfig };
				delete outputConfigWithoutFormat.format;
				if (Object.keys(outputConfigWithoutFormat).length > 0) additionalModelRequestFields.output_config = outputConfigWithoutFormat;
				else delete additionalModelRequestFields.output_config;
				amazonBedrockOptions = {
					...amazonBedrockOptions,
					additionalModelRequestFields
				};
			}
		}
		const modelSupportsNativeStructuredOutput = supportsNativeStructuredOutput(this.modelId) && (modelSupportsStructuredOutput || isThinkingEnabled || this.config.modelFamily === "anthropic");
		const useNativeStructuredOutput = isAnthropicModel$1 && responseFormat?.type === "json" && responseFormat.schema != null && (structuredOutputMode === "outputFormat" || structuredOutputMode === "auto" && modelSupportsNativeStructuredOutput && supportsNativeStructuredOutputSchema(responseFormat.schema));
		const useJsonInstructionForStructuredOutput = !useNativeStructuredOutput && isAnthropicModel$1 && responseFormat?.type === "json" && responseFormat.schema != null && (rejectsForcedToolUse || (!isKnownModel || !modelSupportsStructuredOutput) && !supportsNativeStructuredOutput(this.modelId) && structuredOutputMode !== "jsonTool" || structuredOutputMode !== "jsonTool" && !supportsStrictTools(this.modelId) && tools != null && tools.length > 0);
		const jsonResponseTool = responseFormat?.type === "json" && responseFormat.schema != null && !useNativeStructuredOutput && !useJsonInstructionForStructuredOutput ? {
			type: "function",
			name: "json",
			description: "Respond with a JSON object.",
			inputSchema: responseFormat.schema
		} : void 0;
		const { toolConfig, additionalTools, toolWarnings, betas } = await prepareTools$1({
			tools: jsonResponseTool ? [...(tools ?? []).filter((tool) => toolChoice?.type !== "none" && (toolChoice?.type !== "tool" || tool.name === toolChoice.toolName)), jsonResponseTool] : tools,
			toolChoice: jsonResponseTool != null ? { type: "required" } : toolChoice,
			modelId: this.modelId,
			modelFamily: this.config.modelFamily,
			reasoningBudgetTokens: amazonBedrockOptions.reasoningConfig?.budgetTokens,
			disableParallelToolUse: anthropicOptions?.disableParallelToolUse,
			rejectsForcedToolUse
		});
		warnings.push(...toolWarnings);
		if (additionalTools) amazonBedrockOptions.additionalModelRequestFields = {
			...amazonBedrockOptions.additionalModelRequestFields,
			...additionalTools
		};
		if (betas.size > 0 || amazonBedrockOptions.anthropicBeta) {
			const existingBetas = amazonBedrockOptions.anthropicBeta ?? [];
			const mergedBetas = betas.size > 0 ? [...existingBetas, ...Array.from(betas)] : existingBetas;
			amazonBedrockOptions.additionalModelRequestFields = {
				...amazonBedrockOptions.additionalModelRequestFields,
				anthropic_beta: mergedBetas
			};
		}
		const thinkingBudget = thinkingType === "enabled" ? amazonBedrockOptions.reasoningConfig?.budgetTokens : void 0;
		const thinkingDisplay = thinkingType === "adaptive" ? amazonBedrockOptions.reasoningConfig?.display : void 0;
		const isAnthropicThinkingEnabled = isAnthropicModel$1 && isThinkingEnabled;
		const inferenceConfig = {
			...maxOutputTokens != null && { maxTokens: maxOutputTokens },
			...temperature != null && { temperature },
			...topP != null && { topP },
			...topK != null && { topK },
			...stopSequences != null && { stopSequences }
		};
		if (isAnthropicModel$1) {
			if (thinkingBudget != null) {
				if (inferenceConfig.maxTokens != null) inferenceConfig.maxTokens += thinkingBudget;
				else inferenceConfig.maxTokens = thinkingBudget + 4096;
				amazonBedrockOptions.additionalModelRequestFields = {
					...amazonBedrockOptions.additionalModelRequestFields,
					thinking: {
						type: "enabled",
						budget_tokens: thinkingBudget
					}
				};
			} else if (thinkingType === "adaptive") amazonBedrockOptions.additionalModelRequestFields = {
				...amazonBedrockOptions.additionalModelRequestFields,
				thinking: {
					type: "adaptive",
					...thinkingDisplay != null && { display: thinkingDisplay }
				}
			};
			else if (thinkingType === "disabled" || thinkingType === "between_tools") amazonBedrockOptions.additionalModelRequestFields = {
				...amazonBedrockOptions.additionalModelRequestFields,
				thinking: { type: thinkingType }
			};
		} else {
			if (amazonBedrockOptions.reasoningConfig?.budgetTokens != null) warnings.push({
				type: "unsupported",
				feature: "budgetTokens",
				details: "budgetTokens applies only to Anthropic models on Bedrock and will be ignored for this model."
			});
			if (thinkingType === "adaptive") warnings.push({
				type: "unsupported",
				feature: "adaptive thinking",
				details: "adaptive thinking type applies only to Anthropic models on Bedrock."
			});
		}
		if (maxReasoningEffort != null) {
			if (isAnthropicModel$1) amazonBedrockOptions.additionalModelRequestFields = {
				...amazonBedrockOptions.additionalModelRequestFields,
				output_config: {
					...amazonBedrockOptions.additionalModelRequestFields?.output_config,
					effort: maxReasoningEffort
				}
			};
			else if (reasoningEffortField === "reasoning_effort") amazonBedrockOptions.additionalModelRequestFields = {
				...amazonBedrockOptions.additionalModelRequestFields,
				reasoning_effort: maxReasoningEffort
			};
			else if (reasoningEffortField === "reasoning.effort") amazonBedrockOptions.additionalModelRequestFields = {
				...amazonBedrockOptions.additionalModelRequestFields,
				reasoning: {
					...amazonBedrockOptions.additionalModelRequestFields?.reasoning,
					effort: maxReasoningEffort
				}
			};
			else amazonBedrockOptions.additionalModelRequestFields = {
				...amazonBedrockOptions.additionalModelRequestFields,
				reasoningConfig: {
					...thinkingType != null && thinkingType !== "adaptive" && { type: thinkingType },
					...thinkingBudget != null && { budgetTokens: thinkingBudget },
					maxReasoningEffort
				}
			};
		}
		if (reasoningEffortField === "reasoningConfig" && thinkingType === "enabled" && (maxReasoningEffort === "high" || maxReasoningEffort === "xhigh" || maxReasoningEffort === "max") && inferenceConfig.maxTokens != null) {
			delete inferenceConfig.maxTokens;
			warnings.push({
				type: "unsupported",
				feature: "maxOutputTokens",
				details: `maxOutputTokens is not supported by ${this.modelId} when high reasoning is enabled and will be ignored`
			});
		}
		if (useNativeStructuredOutput) amazonBedrockOptions.additionalModelRequestFields = {
			...amazonBedrockOptions.additionalModelRequestFields,
			output_config: {
				...amazonBedrockOptions.additionalModelRequestFields?.output_config,
				format: {
					type: "json_schema",
					schema: sanitizeJsonSchema(responseFormat.schema)
				}
			}
		};
		if (isAnthropicThinkingEnabled && inferenceConfig.temperature != null) {
			delete inferenceConfig.temperature;
			warnings.push({
				type: "unsupported",
				feature: "temperature",
				details: "temperature is not supported when thinking is enabled"
			});
		}
		if (isAnthropicThinkingEnabled && inferenceConfig.topP != null) {
			delete inferenceConfig.topP;
			warnings.push({
				type: "unsupported",
				feature: "topP",
				details: "topP is not supported when thinking is enabled"
			});
		}
		if (isAnthropicThinkingEnabled && inferenceConfig.topK != null) {
			delete inferenceConfig.topK;
			warnings.push({
				type: "unsupported",
				feature: "topK",
				details: "topK is not supported when thinking is enabled"
			});
		}
		for (const feature of rejectedSettings) if (inferenceConfig[feature] != null) {
			delete inferenceConfig[feature];
			warnings.push({
				type: "unsupported",
				feature,
				details: `${feature} is not supported by this OpenAI model on the Converse API`
			});
		}
		const hasAnyTools = (toolConfig.tools?.length ?? 0) > 0 || additionalTools;
		let filteredPrompt = prompt;
		if (!hasAnyTools) {
			if (prompt.some((message) => "content" in message && Array.isArray(message.content) && message.content.some((part) => part.type === "tool-call" || part.type === "tool-result"))) {
				filteredPrompt = prompt.map((message) => message.role === "system" ? message : {
					...message,
					content: message.content.filter((part) => part.type !== "tool-call" && part.type !== "tool-result")
				}).filter((message) => message.role === "system" || message.content.length > 0);
				warnings.push({
					type: "unsupported",
					feature: "toolContent",
					details: "Tool calls and results removed from conversation because Bedrock does not support tool content without active tools."
				});
			}
		}
		if (useJsonInstructionForStructuredOutput) filteredPrompt = (0,provider_utils_dist/* injectJsonInstructionIntoMessages */._s)({
			messages: filteredPrompt,
			schema: responseFormat.schema,
			schemaSuffix: "You MUST answer with only a JSON object that matches the JSON schema above. Do not wrap it in markdown fences or include any other text."
		});
		const isMistral = isMistralModel(this.modelId);
		const { system, messages } = await convertToAmazonBedrockChatMessages(filteredPrompt, isMistral);
		const { reasoningConfig: _, additionalModelRequestFields: __, serviceTier: ___, structuredOutputMode: ____, requestMetadata: _____, ...filteredAmazonBedrockOptions } = providerOptions?.amazonBedrock ?? providerOptions?.bedrock ?? {};
		const resolvedRequestMetadata = amazonBedrockOptions.requestMetadata;
		const additionalModelResponseFieldPaths = isAnthropicModel$1 ? ["/delta/stop_sequence"] : void 0;
		return {
			command: {
				system,
				messages,
				additionalModelRequestFields: amazonBedrockOptions.additionalModelRequestFields,
				...additionalModelResponseFieldPaths && { additionalModelResponseFieldPaths },
				...Object.keys(inferenceConfig).length > 0 && { inferenceConfig },
				...amazonBedrockOptions.serviceTier != null && { serviceTier: { type: amazonBedrockOptions.serviceTier } },
				...resolvedRequestMetadata != null && { requestMetadata: resolvedRequestMetadata },
				...filteredAmazonBedrockOptions,
				...toolConfig.tools !== void 0 && toolConfig.tools.length > 0 ? { toolConfig } : {}
			},
			warnings,
			usesJsonInstruction: useJsonInstructionForStructuredOutput,
			usesJsonResponseTool: jsonResponseTool != null,
			betas
		};
	}
	async getHeaders({ headers }) {
		return (0,provider_utils_dist/* combineHeaders */.m2)(this.config.headers ? await (0,provider_utils_dist/* resolve */.hd)(this.config.headers) : void 0, headers);
	}
	async doGenerate(options) {
		const { command: args, warnings, usesJsonInstruction, usesJsonResponseTool } = await this.getArgs(options);
		const url = `${this.getUrl(this.modelId)}/converse`;
		const { value: response, responseHeaders } = await (0,provider_utils_dist/* postJsonToApi */.GU)({
			url,
			headers: await this.getHeaders({ headers: options.headers }),
			body: args,
			failedResponseHandler: (0,provider_utils_dist/* createJsonErrorResponseHandler */.sl)({
				errorSchema: AmazonBedrockErrorSchema,
				errorToMessage: (error) => `${error.message ?? "Unknown error"}`
			}),
			successfulResponseHandler: (0,provider_utils_dist/* createJsonResponseHandler */.cV)(AmazonBedrockResponseSchema),
			abortSignal: options.abortSignal,
			fetch: this.config.fetch
		});
		const content = [];
		let isJsonResponseFromTool = false;
		const jsonObjectTextExtractor = usesJsonInstruction ? new JsonObjectTextExtractor() : void 0;
		for (const part of response.output.message.content) {
			const textParts = part.text != null ? [part.text] : part.citationsContent?.content?.flatMap((content) => content.text == null ? [] : [content.text]) ?? [];
			for (const text of textParts) content.push({
				type: "text",
				text: jsonObjectTextExtractor?.process(text) ?? text
			});
			if (part.reasoningContent) {
				if ("reasoningText" in part.reasoningContent) {
					const reasoning = {
						type: "reasoning",
						text: part.reasoningContent.reasoningText.text
					};
					if (part.reasoningContent.reasoningText.signature) {
						const reasoningPayload = { signature: part.reasoningContent.reasoningText.signature };
						reasoning.providerMetadata = {
							amazonBedrock: reasoningPayload,
							bedrock: reasoningPayload
						};
					}
					content.push(reasoning);
				} else if ("redactedReasoning" in part.reasoningContent) {
					const redactedPayload = { redactedData: part.reasoningContent.redactedReasoning.data ?? "" };
					content.push({
						type: "reasoning",
						text: "",
						providerMetadata: {
							amazonBedrock: redactedPayload,
							bedrock: redactedPayload
						}
					});
				} else if ("redactedContent" in part.reasoningContent) {
					const redactedPayload = { redactedContent: part.reasoningContent.redactedContent };
					content.push({
						type: "reasoning",
						text: "",
						providerMetadata: {
							amazonBedrock: redactedPayload,
							bedrock: redactedPayload
						}
					});
				}
			}
			if (part.toolUse) {
				if (usesJsonResponseTool && part.toolUse.name === "json") {
					isJsonResponseFromTool = true;
					content.push({
						type: "text",
						text: JSON.stringify(part.toolUse.input)
					});
				} else {
					const isMistral = isMistralModel(this.modelId);
					const rawToolCallId = part.toolUse?.toolUseId || this.config.generateId();
					content.push({
						type: "tool-call",
						toolCallId: normalizeToolCallId(rawToolCallId, isMistral),
						toolName: part.toolUse?.name ?? `tool-${this.config.generateId()}`,
						input: JSON.stringify(part.toolUse?.input ?? {})
					});
				}
			}
		}
		const stopSequence = response.additionalModelResponseFields?.delta?.stop_sequence ?? null;
		const providerMetadataPayload = response.trace || response.usage || response.performanceConfig || response.serviceTier || isJsonResponseFromTool || stopSequence ? {
			...response.trace && typeof response.trace === "object" ? { trace: response.trace } : {},
			...response.performanceConfig && { performanceConfig: response.performanceConfig },
			...response.serviceTier && { serviceTier: response.serviceTier },
			...(response.usage?.cacheWriteInputTokens != null || response.usage?.cacheDetails != null) && { usage: {
				...response.usage.cacheWriteInputTokens != null && { cacheWriteInputTokens: response.usage.cacheWriteInputTokens },
				...response.usage.cacheDetails != null && { cacheDetails: response.usage.cacheDetails }
			} },
			...isJsonResponseFromTool && { isJsonResponseFromTool: true },
			stopSequence
		} : void 0;
		const providerMetadata = providerMetadataPayload ? {
			amazonBedrock: providerMetadataPayload,
			bedrock: providerMetadataPayload
		} : void 0;
		return {
			content,
			finishReason: {
				unified: mapAmazonBedrockFinishReason(response.stopReason, isJsonResponseFromTool),
				raw: response.stopReason ?? void 0
			},
			usage: convertAmazonBedrockUsage(response.usage),
			response: {
				id: responseHeaders?.["x-amzn-requestid"] ?? void 0,
				timestamp: responseHeaders?.["date"] != null ? new Date(responseHeaders["date"]) : void 0,
				modelId: this.modelId,
				headers: responseHeaders
			},
			warnings,
			request: { body: args },
			...providerMetadata && { providerMetadata }
		};
	}
	async doStream(options) {
		const { command: args, warnings, usesJsonInstruction, usesJsonResponseTool } = await this.getArgs(options);
		const modelId = this.modelId;
		const isMistral = isMistralModel(modelId);
		const url = `${this.getUrl(modelId)}/converse-stream`;
		const { value: response, responseHeaders } = await (0,provider_utils_dist/* postJsonToApi */.GU)({
			url,
			headers: await this.getHeaders({ headers: options.headers }),
			body: args,
			failedResponseHandler: amazonBedrockFailedResponseHandler,
			successfulResponseHandler: createAmazonBedrockEventStreamResponseHandler(AmazonBedrockStreamSchema),
			abortSignal: options.abortSignal,
			fetch: this.config.fetch
		});
		let finishReason = {
			unified: "interrupted",
			raw: void 0
		};
		let usage = void 0;
		let providerMetadata = void 0;
		let isJsonResponseFromTool = false;
		let stopSequence = null;
		const jsonObjectTextExtractor = usesJsonInstruction ? new JsonObjectTextExtractor() : void 0;
		const contentBlocks = {};
		return {
			stream: response.pipeThrough(new TransformStream({
				start(controller) {
					controller.enqueue({
						type: "stream-start",
						warnings
					});
					controller.enqueue({
						type: "response-metadata",
						id: responseHeaders?.["x-amzn-requestid"] ?? void 0,
						timestamp: responseHeaders?.["date"] != null ? new Date(responseHeaders["date"]) : void 0,
						modelId
					});
				},
				transform(chunk, controller) {
					function enqueueError(type, amazonBedrockError) {
						finishReason = {
							unified: "error",
							raw: void 0
						};
						controller.enqueue({
							type: "error",
							error: createAmazonBedrockStreamError({
								type,
								error: amazonBedrockError,
								data: chunk.rawValue
							})
						});
					}
					if (options.includeRawChunks) controller.enqueue({
						type: "raw",
						rawValue: chunk.rawValue
					});
					if (!chunk.success) {
						finishReason = {
							unified: "error",
							raw: void 0
						};
						controller.enqueue({
							type: "error",
							error: chunk.error
						});
						return;
					}
					const value = chunk.value;
					if (value.internalServerException) {
						enqueueError("internalServerException", value.internalServerException);
						return;
					}
					if (value.modelStreamErrorException) {
						enqueueError("modelStreamErrorException", value.modelStreamErrorException);
						return;
					}
					if (value.serviceUnavailableException) {
						enqueueError("serviceUnavailableException", value.serviceUnavailableException);
						return;
					}
					if (value.throttlingException) {
						enqueueError("throttlingException", value.throttlingException);
						return;
					}
					if (value.validationException) {
						enqueueError("validationException", value.validationException);
						return;
					}
					if (value.messageStop) {
						finishReason = {
							unified: mapAmazonBedrockFinishReason(value.messageStop.stopReason, isJsonResponseFromTool),
							raw: value.messageStop.stopReason ?? void 0
						};
						stopSequence = value.messageStop.additionalModelResponseFields?.delta?.stop_sequence ?? null;
					}
					if (value.metadata) {
						if (value.metadata.usage) usage = value.metadata.usage;
						const cacheUsage = value.metadata.usage?.cacheWriteInputTokens != null || value.metadata.usage?.cacheDetails != null ? { usage: {
							...value.metadata.usage?.cacheWriteInputTokens != null && { cacheWriteInputTokens: value.metadata.usage.cacheWriteInputTokens },
							...value.metadata.usage?.cacheDetails != null && { cacheDetails: value.metadata.usage.cacheDetails }
						} } : void 0;
						const trace = value.metadata.trace ? { trace: value.metadata.trace } : void 0;
						if (cacheUsage || trace || value.metadata.performanceConfig || value.metadata.serviceTier) {
							const metadataPayload = {
								...cacheUsage,
								...trace,
								...value.metadata.performanceConfig && { performanceConfig: value.metadata.performanceConfig },
								...value.metadata.serviceTier && { serviceTier: value.metadata.serviceTier }
							};
							providerMetadata = {
								amazonBedrock: metadataPayload,
								bedrock: metadataPayload
							};
						}
					}
					if (value.contentBlockStart?.contentBlockIndex != null && !value.contentBlockStart?.start?.toolUse) {
						const blockIndex = value.contentBlockStart.contentBlockIndex;
						contentBlocks[blockIndex] = { type: "text" };
						controller.enqueue({
							type: "text-start",
							id: String(blockIndex)
						});
					}
					if (value.contentBlockDelta?.delta && "text" in value.contentBlockDelta.delta && value.contentBlockDelta.delta.text) {
						const blockIndex = value.contentBlockDelta.contentBlockIndex || 0;
						if (contentBlocks[blockIndex] == null) {
							contentBlocks[blockIndex] = { type: "text" };
							controller.enqueue({
								type: "text-start",
								id: String(blockIndex)
							});
						}
						const textDelta = jsonObjectTextExtractor?.process(value.contentBlockDelta.delta.text) ?? value.contentBlockDelta.delta.text;
						if (textDelta.length > 0) controller.enqueue({
							type: "text-delta",
							id: String(blockIndex),
							delta: textDelta
						});
					}
					if (value.contentBlockStop?.contentBlockIndex != null) {
						const blockIndex = value.contentBlockStop.contentBlockIndex;
						const contentBlock = contentBlocks[blockIndex];
						if (contentBlock != null) {
							if (contentBlock.type === "reasoning") {
								const redactedPayload = contentBlock.redactedContent != null ? { redactedContent: contentBlock.redactedContent } : null;
								controller.enqueue({
									type: "reasoning-end",
									id: String(blockIndex),
									...redactedPayload != null ? { providerMetadata: {
										amazonBedrock: redactedPayload,
										bedrock: redactedPayload
									} } : {}
								});
							} else if (contentBlock.type === "text") controller.enqueue({
								type: "text-end",
								id: String(blockIndex)
							});
							else if (contentBlock.type === "tool-call") {
								if (contentBlock.isJsonResponseTool) {
									isJsonResponseFromTool = true;
									controller.enqueue({
										type: "text-start",
										id: String(blockIndex)
									});
									controller.enqueue({
										type: "text-delta",
										id: String(blockIndex),
										delta: contentBlock.jsonText
									});
									controller.enqueue({
										type: "text-end",
										id: String(blockIndex)
									});
								} else {
									controller.enqueue({
										type: "tool-input-end",
										id: contentBlock.toolCallId
									});
									controller.enqueue({
										type: "tool-call",
										toolCallId: contentBlock.toolCallId,
										toolName: contentBlock.toolName,
										input: contentBlock.jsonText === "" ? "{}" : contentBlock.jsonText
									});
								}
							}
							delete contentBlocks[blockIndex];
						}
					}
					if (value.contentBlockDelta?.delta && "reasoningContent" in value.contentBlockDelta.delta && value.contentBlockDelta.delta.reasoningContent) {
						const blockIndex = value.contentBlockDelta.contentBlockIndex || 0;
						const reasoningContent = value.contentBlockDelta.delta.reasoningContent;
						if ("text" in reasoningContent && reasoningContent.text) {
							if (contentBlocks[blockIndex] == null) {
								contentBlocks[blockIndex] = { type: "reasoning" };
								controller.enqueue({
									type: "reasoning-start",
									id: String(blockIndex)
								});
							}
							controller.enqueue({
								type: "reasoning-delta",
								id: String(blockIndex),
								delta: reasoningContent.text
							});
						} else if ("signature" in reasoningContent && reasoningContent.signature) {
							if (contentBlocks[blockIndex] == null) {
								contentBlocks[blockIndex] = { type: "reasoning" };
								controller.enqueue({
									type: "reasoning-start",
									id: String(blockIndex)
								});
							}
							{
								const signaturePayload = { signature: reasoningContent.signature };
								controller.enqueue({
									type: "reasoning-delta",
									id: String(blockIndex),
									delta: "",
									providerMetadata: {
										amazonBedrock: signaturePayload,
										bedrock: signaturePayload
									}
								});
							}
						} else if ("data" in reasoningContent && reasoningContent.data) {
							if (contentBlocks[blockIndex] == null) {
								contentBlocks[blockIndex] = { type: "reasoning" };
								controller.enqueue({
									type: "reasoning-start",
									id: String(blockIndex)
								});
							}
							{
								const redactedPayload = { redactedData: reasoningContent.data };
								controller.enqueue({
									type: "reasoning-delta",
									id: String(blockIndex),
									delta: "",
									providerMetadata: {
										amazonBedrock: redactedPayload,
										bedrock: redactedPayload
									}
								});
							}
						} else if ("redactedContent" in reasoningContent && reasoningContent.redactedContent) {
							if (contentBlocks[blockIndex] == null) {
								contentBlocks[blockIndex] = { type: "reasoning" };
								controller.enqueue({
									type: "reasoning-start",
									id: String(blockIndex)
								});
							}
							const contentBlock = contentBlocks[blockIndex];
							if (contentBlock.type === "reasoning") contentBlock.redactedContent = (contentBlock.redactedContent ?? "") + reasoningContent.redactedContent;
						}
					}
					const contentBlockStart = value.contentBlockStart;
					if (contentBlockStart?.start?.toolUse != null) {
						const toolUse = contentBlockStart.start.toolUse;
						const blockIndex = contentBlockStart.contentBlockIndex;
						const isJsonResponseTool = usesJsonResponseTool && toolUse.name === "json";
						const normalizedToolCallId = normalizeToolCallId(toolUse.toolUseId, isMistral);
						contentBlocks[blockIndex] = {
							type: "tool-call",
							toolCallId: normalizedToolCallId,
							toolName: toolUse.name,
							jsonText: "",
							isJsonResponseTool
						};
						if (!isJsonResponseTool) controller.enqueue({
							type: "tool-input-start",
							id: normalizedToolCallId,
							toolName: toolUse.name
						});
					}
					const contentBlockDelta = value.contentBlockDelta;
					if (contentBlockDelta?.delta && "toolUse" in contentBlockDelta.delta && contentBlockDelta.delta.toolUse) {
						const blockIndex = contentBlockDelta.contentBlockIndex;
						const contentBlock = contentBlocks[blockIndex];
						if (contentBlock?.type === "tool-call") {
							const delta = contentBlockDelta.delta.toolUse.input ?? "";
							if (!contentBlock.isJsonResponseTool) controller.enqueue({
								type: "tool-input-delta",
								id: contentBlock.toolCallId,
								delta
							});
							contentBlock.jsonText += delta;
						}
					}
				},
				flush(controller) {
					if (isJsonResponseFromTool || stopSequence != null) {
						const updatePayload = {
							...providerMetadata?.amazonBedrock ?? providerMetadata?.bedrock,
							...isJsonResponseFromTool && { isJsonResponseFromTool: true },
							stopSequence
						};
						providerMetadata = {
							...providerMetadata,
							amazonBedrock: updatePayload,
							bedrock: updatePayload
						};
					}
					controller.enqueue({
						type: "finish",
						finishReason,
						usage: convertAmazonBedrockUsage(usage),
						...providerMetadata && { providerMetadata }
					});
				}
			})),
			request: { body: args },
			response: { headers: responseHeaders }
		};
	}
	getUrl(modelId) {
		return `${this.config.baseUrl()}/model/${encodeURIComponent(modelId)}`;
	}
};
var JsonObjectTextExtractor = class {
	constructor() {
		this.started = false;
		this.completed = false;
		this.depth = 0;
		this.inString = false;
		this.escaped = false;
	}
	process(text) {
		let result = "";
		for (const character of text) {
			if (this.completed) break;
			if (!this.started) {
				if (character !== "{") continue;
				this.started = true;
				this.depth = 1;
				result += character;
				continue;
			}
			result += character;
			if (this.escaped) {
				this.escaped = false;
				continue;
			}
			if (character === "\\" && this.inString) {
				this.escaped = true;
				continue;
			}
			if (character === "\"") {
				this.inString = !this.inString;
				continue;
			}
			if (this.inString) continue;
			if (character === "{") this.depth++;
			else if (character === "}") {
				this.depth--;
				if (this.depth === 0) this.completed = true;
			}
		}
		return result;
	}
};
const AmazonBedrockStopReasonSchema = schemas/* union */.KCZ([schemas/* enum */.k5n(BEDROCK_STOP_REASONS), schemas/* string */.YjP()]);
const AmazonBedrockAdditionalModelResponseFieldsSchema = schemas/* object */.Ikc({ delta: schemas/* object */.Ikc({ stop_sequence: schemas/* string */.YjP().nullish() }).nullish() }).catchall(schemas/* unknown */.L5J());
const AmazonBedrockToolUseSchema = schemas/* object */.Ikc({
	toolUseId: schemas/* string */.YjP(),
	name: schemas/* string */.YjP(),
	input: schemas/* unknown */.L5J().optional()
});
const AmazonBedrockReasoningTextSchema = () => schemas/* object */.Ikc({
	signature: schemas/* string */.YjP().nullish(),
	text: schemas/* string */.YjP()
});
const AmazonBedrockRedactedReasoningSchema = () => schemas/* object */.Ikc({ data: schemas/* string */.YjP() });
const AmazonBedrockCacheDetailSchema = schemas/* object */.Ikc({
	inputTokens: schemas/* number */.aig(),
	ttl: schemas/* string */.YjP()
}).catchall(schemas/* json */.Pq9());
const AmazonBedrockResponseSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	metrics: schemas/* object */.Ikc({ latencyMs: schemas/* number */.aig() }).nullish(),
	output: schemas/* object */.Ikc({ message: schemas/* object */.Ikc({
		content: schemas/* array */.YOg(schemas/* object */.Ikc({
			text: schemas/* string */.YjP().nullish(),
			citationsContent: schemas/* object */.Ikc({ content: schemas/* array */.YOg(schemas/* object */.Ikc({ text: schemas/* string */.YjP().nullish() })).nullish() }).nullish(),
			toolUse: AmazonBedrockToolUseSchema.nullish(),
			reasoningContent: schemas/* union */.KCZ([
				schemas/* object */.Ikc({ reasoningText: AmazonBedrockReasoningTextSchema() }),
				schemas/* object */.Ikc({ redactedReasoning: AmazonBedrockRedactedReasoningSchema() }),
				schemas/* object */.Ikc({ redactedContent: schemas/* string */.YjP() })
			]).nullish()
		})),
		role: schemas/* string */.YjP()
	}) }),
	stopReason: AmazonBedrockStopReasonSchema,
	additionalModelResponseFields: AmazonBedrockAdditionalModelResponseFieldsSchema.nullish(),
	trace: schemas/* unknown */.L5J().nullish(),
	performanceConfig: schemas/* object */.Ikc({ latency: schemas/* string */.YjP() }).nullish(),
	serviceTier: schemas/* object */.Ikc({ type: schemas/* string */.YjP() }).nullish(),
	usage: schemas/* object */.Ikc({
		inputTokens: schemas/* number */.aig(),
		outputTokens: schemas/* number */.aig(),
		totalTokens: schemas/* number */.aig(),
		cacheReadInputTokens: schemas/* number */.aig().nullish(),
		cacheWriteInputTokens: schemas/* number */.aig().nullish(),
		cacheDetails: schemas/* array */.YOg(AmazonBedrockCacheDetailSchema).nullish()
	}).catchall(schemas/* json */.Pq9())
})));
const AmazonBedrockStreamSchema = schemas/* object */.Ikc({
	contentBlockDelta: schemas/* object */.Ikc({
		contentBlockIndex: schemas/* number */.aig(),
		delta: schemas/* union */.KCZ([
			schemas/* object */.Ikc({ text: schemas/* string */.YjP() }),
			schemas/* object */.Ikc({ citation: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()) }),
			schemas/* object */.Ikc({ toolUse: schemas/* object */.Ikc({ input: schemas/* string */.YjP() }) }),
			schemas/* object */.Ikc({ reasoningContent: schemas/* object */.Ikc({ text: schemas/* string */.YjP() }) }),
			schemas/* object */.Ikc({ reasoningContent: schemas/* object */.Ikc({ signature: schemas/* string */.YjP() }) }),
			schemas/* object */.Ikc({ reasoningContent: schemas/* object */.Ikc({ data: schemas/* string */.YjP() }) }),
			schemas/* object */.Ikc({ reasoningContent: schemas/* object */.Ikc({ redactedContent: schemas/* string */.YjP() }) })
		]).nullish()
	}).nullish(),
	contentBlockStart: schemas/* object */.Ikc({
		contentBlockIndex: schemas/* number */.aig(),
		start: schemas/* object */.Ikc({ toolUse: AmazonBedrockToolUseSchema.nullish() }).nullish()
	}).nullish(),
	contentBlockStop: schemas/* object */.Ikc({ contentBlockIndex: schemas/* number */.aig() }).nullish(),
	internalServerException: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
	messageStop: schemas/* object */.Ikc({
		additionalModelResponseFields: AmazonBedrockAdditionalModelResponseFieldsSchema.nullish(),
		stopReason: AmazonBedrockStopReasonSchema
	}).nullish(),
	metadata: schemas/* object */.Ikc({
		trace: schemas/* unknown */.L5J().nullish(),
		performanceConfig: schemas/* object */.Ikc({ latency: schemas/* string */.YjP() }).nullish(),
		serviceTier: schemas/* object */.Ikc({ type: schemas/* string */.YjP() }).nullish(),
		usage: schemas/* object */.Ikc({
			cacheReadInputTokens: schemas/* number */.aig().nullish(),
			cacheWriteInputTokens: schemas/* number */.aig().nullish(),
			cacheDetails: schemas/* array */.YOg(AmazonBedrockCacheDetailSchema).nullish(),
			inputTokens: schemas/* number */.aig(),
			outputTokens: schemas/* number */.aig(),
			totalTokens: schemas/* number */.aig().optional()
		}).catchall(schemas/* json */.Pq9()).nullish()
	}).nullish(),
	modelStreamErrorException: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
	serviceUnavailableException: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
	throttlingException: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish(),
	validationException: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).nullish()
});
const amazonBedrockReasoningEffortMap = {
	low: "low",
	medium: "medium",
	high: "high",
	max: "max"
};
/** The efforts accepted by each request field that carries the effort. */
const reasoningEffortMaps = {
	"reasoning.effort": {
		none: "none",
		minimal: "minimal",
		low: "low",
		medium: "medium",
		high: "high",
		xhigh: "xhigh",
		max: "max"
	},
	reasoning_effort: {
		low: "low",
		medium: "medium",
		high: "high"
	},
	reasoningConfig: {
		low: "low",
		medium: "medium",
		high: "high"
	},
	unknown: amazonBedrockReasoningEffortMap
};
function resolveAmazonBedrockReasoningConfig({ reasoning, amazonBedrockOptions, warnings, isAnthropicModel, modelId }) {
	const reasoningConfig = amazonBedrockOptions.reasoningConfig;
	if (!(0,provider_utils_dist/* isCustomReasoning */.g6)(reasoning)) return amazonBedrockOptions;
	const result = { ...amazonBedrockOptions };
	if (reasoningConfig?.type === "disabled") {
		result.reasoningConfig = { ...reasoningConfig };
		delete result.reasoningConfig.maxReasoningEffort;
		delete result.reasoningConfig.budgetTokens;
		return result;
	}
	const { anthropicModelId, reasoningEffort: reasoningEffortField } = getAmazonBedrockLanguageModelEntry(modelId).requestConfig.language;
	const isOffWithoutEffort = reasoningEffortField === "reasoningConfig";
	const sendsPortableReasoning = reasoningEffortField !== "unknown" || reasoningConfig != null;
	if (isAnthropicModel) {
		const capabilities = getAnthropicModelCapabilities(anthropicModelId);
		if (reasoning === "none") result.reasoningConfig = { type: "disabled" };
		else if (capabilities.supportsAdaptiveThinking) {
			const effort = reasoningConfig?.maxReasoningEffort ?? (0,provider_utils_dist/* mapReasoningToProviderEffort */.jv)({
				reasoning,
				effortMap: {
					...amazonBedrockReasoningEffortMap,
					...capabilities.supportsXhighEffort && { xhigh: "xhigh" }
				},
				warnings
			});
			result.reasoningConfig = {
				...reasoningConfig,
				type: reasoningConfig?.type ?? "adaptive",
				maxReasoningEffort: effort
			};
		} else {
			const budgetTokens = reasoningConfig?.budgetTokens ?? (0,provider_utils_dist/* mapReasoningToProviderBudget */.sq)({
				reasoning,
				maxOutputTokens: capabilities.maxOutputTokens,
				maxReasoningBudget: capabilities.maxOutputTokens,
				warnings
			});
			result.reasoningConfig = {
				...reasoningConfig,
				type: reasoningConfig?.type ?? "enabled",
				budgetTokens
			};
		}
	} else if (reasoning === "none" && isOffWithoutEffort) {} else if (sendsPortableReasoning) {
		const effort = reasoningConfig?.maxReasoningEffort ?? (0,provider_utils_dist/* mapReasoningToProviderEffort */.jv)({
			reasoning,
			effortMap: reasoningEffortMaps[reasoningEffortField],
			warnings
		});
		result.reasoningConfig = {
			...reasoningConfig,
			...isOffWithoutEffort && { type: reasoningConfig?.type ?? "enabled" },
			maxReasoningEffort: effort
		};
	} else warnings.push({
		type: "unsupported",
		feature: "reasoning",
		details: "Portable reasoning is not supported for this model and will be ignored. If the model supports a provider-specific reasoning configuration, use providerOptions.amazonBedrock.reasoningConfig."
	});
	return result;
}
//#endregion
//#region src/amazon-bedrock-embedding-model-options.ts
const amazonBedrockEmbeddingModelOptionsSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	/**
	* The number of dimensions the resulting output embeddings should have (defaults to 1024).
	* Only supported in amazon.titan-embed-text-v2:0.
	*/
	dimensions: schemas/* union */.KCZ([
		schemas/* literal */.euz(1024),
		schemas/* literal */.euz(512),
		schemas/* literal */.euz(256)
	]).optional(),
	/**
	* Flag indicating whether or not to normalize the output embeddings. Defaults to true.
	* Only supported in amazon.titan-embed-text-v2:0.
	*/
	normalize: schemas/* boolean */.zMY().optional(),
	/**
	* The number of dimensions for Nova embedding models (defaults to 1024).
	* Supported values: 256, 384, 1024, 3072.
	* Only supported in amazon.nova-* embedding models.
	*/
	embeddingDimension: schemas/* union */.KCZ([
		schemas/* literal */.euz(256),
		schemas/* literal */.euz(384),
		schemas/* literal */.euz(1024),
		schemas/* literal */.euz(3072)
	]).optional(),
	/**
	* The purpose of the embedding. Defaults to 'GENERIC_INDEX'.
	* Only supported in amazon.nova-* embedding models.
	*/
	embeddingPurpose: schemas/* enum */.k5n([
		"GENERIC_INDEX",
		"TEXT_RETRIEVAL",
		"IMAGE_RETRIEVAL",
		"VIDEO_RETRIEVAL",
		"DOCUMENT_RETRIEVAL",
		"AUDIO_RETRIEVAL",
		"GENERIC_RETRIEVAL",
		"CLASSIFICATION",
		"CLUSTERING"
	]).optional(),
	/**
	* Input type for Cohere embedding models on Bedrock.
	* Common values: `search_document`, `search_query`, `classification`, `clustering`.
	* If not set, the provider defaults to `search_query`.
	*/
	inputType: schemas/* enum */.k5n([
		"search_document",
		"search_query",
		"classification",
		"clustering"
	]).optional(),
	/**
	* Truncation behavior when input exceeds the model's context length.
	* Supported in Cohere and Nova embedding models. Defaults to 'END' for Nova models.
	*/
	truncate: schemas/* enum */.k5n([
		"NONE",
		"START",
		"END"
	]).optional(),
	/**
	* The number of dimensions the resulting output embeddings should have (defaults to 1536).
	* Only supported in cohere.embed-v4:0 and newer Cohere embedding models.
	*/
	outputDimension: schemas/* union */.KCZ([
		schemas/* literal */.euz(256),
		schemas/* literal */.euz(512),
		schemas/* literal */.euz(1024),
		schemas/* literal */.euz(1536)
	]).optional()
})));
//#endregion
//#region src/amazon-bedrock-embedding-model.ts
var AmazonBedrockEmbeddingModel = class AmazonBedrockEmbeddingModel {
	get maxEmbeddingsPerCall() {
		return this.modelFamily === "cohere" ? 96 : 1;
	}
	get modelFamily() {
		return this.config.modelFamily ?? getAmazonBedrockEmbeddingModelFamily(this.modelId);
	}
	static [serde_dist/* WORKFLOW_SERIALIZE */.V](model) {
		return (0,provider_utils_dist/* serializeModelOptions */.Qf)({
			modelId: model.modelId,
			config: model.config
		});
	}
	static [serde_dist/* WORKFLOW_DESERIALIZE */.C](options) {
		return new AmazonBedrockEmbeddingModel(options.modelId, options.config);
	}
	constructor(modelId, config) {
		this.modelId = modelId;
		this.config = config;
		this.specificationVersion = "v4";
		this.provider = "amazon-bedrock";
		this.supportsParallelCalls = true;
	}
	getUrl(modelId) {
		const encodedModelId = encodeURIComponent(modelId);
		return `${this.config.baseUrl()}/model/${encodedModelId}/invoke`;
	}
	async doEmbed({ values, dimensions, headers, abortSignal, providerOptions }) {
		if (values.length > this.maxEmbeddingsPerCall) throw new dist/* TooManyEmbeddingValuesForCallError */.Ch({
			provider: this.provider,
			modelId: this.modelId,
			maxEmbeddingsPerCall: this.maxEmbeddingsPerCall,
			values
		});
		const amazonBedrockOptions = await (0,provider_utils_dist/* parseProviderOptions */.xI)({
			provider: "amazonBedrock",
			providerOptions,
			schema: amazonBedrockEmbeddingModelOptionsSchema
		}) ?? await (0,provider_utils_dist/* parseProviderOptions */.xI)({
			provider: "bedrock",
			providerOptions,
			schema: amazonBedrockEmbeddingModelOptionsSchema
		}) ?? {};
		const modelFamily = this.modelFamily;
		const args = modelFamily === "nova" ? {
			taskType: "SINGLE_EMBEDDING",
			singleEmbeddingParams: {
				embeddingPurpose: amazonBedrockOptions.embeddingPurpose ?? "GENERIC_INDEX",
				embeddingDimension: amazonBedrockOptions.embeddingDimension ?? dimensions ?? 1024,
				text: {
					truncationMode: amazonBedrockOptions.truncate ?? "END",
					value: values[0]
				}
			}
		} : modelFamily === "cohere" ? {
			input_type: amazonBedrockOptions.inputType ?? "search_query",
			texts: values,
			truncate: amazonBedrockOptions.truncate,
			output_dimension: amazonBedrockOptions.outputDimension ?? dimensions
		} : {
			inputText: values[0],
			dimensions: amazonBedrockOptions.dimensions ?? dimensions,
			normalize: amazonBedrockOptions.normalize
		};
		const url = this.getUrl(this.modelId);
		const { value: response, responseHeaders } = await (0,provider_utils_dist/* postJsonToApi */.GU)({
			url,
			headers: await (0,provider_utils_dist/* resolve */.hd)((0,provider_utils_dist/* combineHeaders */.m2)(this.config.headers ? await (0,provider_utils_dist/* resolve */.hd)(this.config.headers) : void 0, headers)),
			body: args,
			failedResponseHandler: amazonBedrockFailedResponseHandler,
			successfulResponseHandler: (0,provider_utils_dist/* createJsonResponseHandler */.cV)(AmazonBedrockEmbeddingResponseSchema),
			fetch: this.config.fetch,
			abortSignal
		});
		let embeddings;
		if ("embedding" in response) embeddings = [response.embedding];
		else if (Array.isArray(response.embeddings)) {
			const firstEmbedding = response.embeddings[0];
			if (typeof firstEmbedding === "object" && firstEmbedding !== null && "embeddingType" in firstEmbedding) embeddings = [firstEmbedding.embedding];
			else embeddings = response.embeddings;
		} else embeddings = response.embeddings.float;
		const headerTokenCount = Number(responseHeaders?.["x-amzn-bedrock-input-token-count"]);
		const tokens = "inputTextTokenCount" in response ? response.inputTextTokenCount : "inputTokenCount" in response ? response.inputTokenCount ?? 0 : headerTokenCount;
		return {
			embeddings,
			usage: { tokens },
			warnings: []
		};
	}
};
const AmazonBedrockEmbeddingResponseSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* union */.KCZ([
	schemas/* object */.Ikc({
		embedding: schemas/* array */.YOg(schemas/* number */.aig()),
		inputTextTokenCount: schemas/* number */.aig()
	}),
	schemas/* object */.Ikc({
		embeddings: schemas/* array */.YOg(schemas/* object */.Ikc({
			embeddingType: schemas/* string */.YjP(),
			embedding: schemas/* array */.YOg(schemas/* number */.aig())
		})),
		inputTokenCount: schemas/* number */.aig().optional()
	}),
	schemas/* object */.Ikc({ embeddings: schemas/* array */.YOg(schemas/* array */.YOg(schemas/* number */.aig())) }),
	schemas/* object */.Ikc({ embeddings: schemas/* object */.Ikc({ float: schemas/* array */.YOg(schemas/* array */.YOg(schemas/* number */.aig())) }) })
])));
//#endregion
//#region src/amazon-bedrock-image-model-options.ts
const amazonBedrockImageModelOptionsSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	quality: schemas/* enum */.k5n(["standard", "premium"]).optional(),
	negativeText: schemas/* string */.YjP().optional(),
	cfgScale: schemas/* number */.aig().optional(),
	style: schemas/* enum */.k5n([
		"3D_ANIMATED_FAMILY_FILM",
		"DESIGN_SKETCH",
		"FLAT_VECTOR_ILLUSTRATION",
		"GRAPHIC_NOVEL_ILLUSTRATION",
		"MAXIMALISM",
		"MIDCENTURY_RETRO",
		"PHOTOREALISM",
		"SOFT_DIGITAL_PAINTING"
	]).optional(),
	taskType: schemas/* enum */.k5n([
		"TEXT_IMAGE",
		"IMAGE_VARIATION",
		"INPAINTING",
		"OUTPAINTING",
		"BACKGROUND_REMOVAL"
	]).optional(),
	maskPrompt: schemas/* string */.YjP().optional(),
	outPaintingMode: schemas/* enum */.k5n(["DEFAULT", "PRECISE"]).optional(),
	similarityStrength: schemas/* number */.aig().optional()
})));
//#endregion
//#region src/amazon-bedrock-image-model.ts
var AmazonBedrockImageModel = class AmazonBedrockImageModel {
	static [serde_dist/* WORKFLOW_SERIALIZE */.V](model) {
		return (0,provider_utils_dist/* serializeModelOptions */.Qf)({
			modelId: model.modelId,
			config: model.config
		});
	}
	static [serde_dist/* WORKFLOW_DESERIALIZE */.C](options) {
		return new AmazonBedrockImageModel(options.modelId, options.config);
	}
	get maxImagesPerCall() {
		return getAmazonBedrockImageModelEntry(this.modelId).capabilities.image?.maxImagesPerCall ?? 1;
	}
	get supportsFileInputs() {
		return getAmazonBedrockImageModelEntry(this.modelId).capabilities.image?.fileInput === true ? true : void 0;
	}
	get supportsMaskInputs() {
		return getAmazonBedrockImageModelEntry(this.modelId).capabilities.image?.maskInput === true ? true : void 0;
	}
	getUrl(modelId) {
		const encodedModelId = encodeURIComponent(modelId);
		return `${this.config.baseUrl()}/model/${encodedModelId}/invoke`;
	}
	constructor(modelId, config) {
		this.modelId = modelId;
		this.config = config;
		this.specificationVersion = "v4";
		this.provider = "amazon-bedrock";
	}
	async doGenerate({ prompt, n, size, aspectRatio, seed, providerOptions, headers, abortSignal, files, mask }) {
		const warnings = [];
		const [width, height] = size ? size.split("x").map(Number) : [];
		const hasFiles = files != null && files.length > 0;
		const amazonBedrockOptions = await (0,provider_utils_dist/* parseProviderOptions */.xI)({
			provider: "amazonBedrock",
			providerOptions,
			schema: amazonBedrockImageModelOptionsSchema
		}) ?? await (0,provider_utils_dist/* parseProviderOptions */.xI)({
			provider: "bedrock",
			providerOptions,
			schema: amazonBedrockImageModelOptionsSchema
		}) ?? {};
		const imageGenerationConfig = {
			...width ? { width } : {},
			...height ? { height } : {},
			...seed != null ? { seed } : {},
			...n ? { numberOfImages: n } : {},
			...amazonBedrockOptions?.quality ? { quality: amazonBedrockOptions.quality } : {},
			...amazonBedrockOptions?.cfgScale ? { cfgScale: amazonBedrockOptions.cfgScale } : {}
		};
		let args;
		if (hasFiles) {
			const hasMask = mask?.type != null;
			const hasMaskPrompt = amazonBedrockOptions?.maskPrompt != null;
			const taskType = amazonBedrockOptions?.taskType ?? (hasMask || hasMaskPrompt ? "INPAINTING" : "IMAGE_VARIATION");
			const sourceImageBase64 = getBase64Data(files[0]);
			switch (taskType) {
				case "INPAINTING": {
					const inPaintingParams = {
						image: sourceImageBase64,
						...prompt ? { text: prompt } : {},
						...amazonBedrockOptions?.negativeText ? { negativeText: amazonBedrockOptions.negativeText } : {}
					};
					if (hasMask) inPaintingParams.maskImage = getBase64Data(mask);
					else if (hasMaskPrompt) inPaintingParams.maskPrompt = amazonBedrockOptions.maskPrompt;
					args = {
						taskType: "INPAINTING",
						inPaintingParams,
						imageGenerationConfig
					};
					break;
				}
				case "OUTPAINTING": {
					const outPaintingParams = {
						image: sourceImageBase64,
						...prompt ? { text: prompt } : {},
						...amazonBedrockOptions?.negativeText ? { negativeText: amazonBedrockOptions.negativeText } : {},
						...amazonBedrockOptions?.outPaintingMode ? { outPaintingMode: amazonBedrockOptions.outPaintingMode } : {}
					};
					if (hasMask) outPaintingParams.maskImage = getBase64Data(mask);
					else if (hasMaskPrompt) outPaintingParams.maskPrompt = amazonBedrockOptions.maskPrompt;
					args = {
						taskType: "OUTPAINTING",
						outPaintingParams,
						imageGenerationConfig
					};
					break;
				}
				case "BACKGROUND_REMOVAL":
					args = {
						taskType: "BACKGROUND_REMOVAL",
						backgroundRemovalParams: { image: sourceImageBase64 }
					};
					break;
				case "IMAGE_VARIATION":
					args = {
						taskType: "IMAGE_VARIATION",
						imageVariationParams: {
							images: files.map((file) => getBase64Data(file)),
							...prompt ? { text: prompt } : {},
							...amazonBedrockOptions?.negativeText ? { negativeText: amazonBedrockOptions.negativeText } : {},
							...amazonBedrockOptions?.similarityStrength != null ? { similarityStrength: amazonBedrockOptions.similarityStrength } : {}
						},
						imageGenerationConfig
					};
					break;
				default: throw new Error(`Unsupported task type: ${taskType}`);
			}
		} else args = {
			taskType: "TEXT_IMAGE",
			textToImageParams: {
				text: prompt,
				...amazonBedrockOptions?.negativeText ? { negativeText: amazonBedrockOptions.negativeText } : {},
				...amazonBedrockOptions?.style ? { style: amazonBedrockOptions.style } : {}
			},
			imageGenerationConfig
		};
		if (aspectRatio != void 0) warnings.push({
			type: "unsupported",
			feature: "aspectRatio",
			details: "This model does not support aspect ratio. Use `size` instead."
		});
		const currentDate = this.config._internal?.currentDate?.() ?? /* @__PURE__ */ new Date();
		const { value: response, responseHeaders } = await (0,provider_utils_dist/* postJsonToApi */.GU)({
			url: this.getUrl(this.modelId),
			headers: await (0,provider_utils_dist/* resolve */.hd)((0,provider_utils_dist/* combineHeaders */.m2)(this.config.headers ? await (0,provider_utils_dist/* resolve */.hd)(this.config.headers) : void 0, headers)),
			body: args,
			failedResponseHandler: amazonBedrockFailedResponseHandler,
			successfulResponseHandler: (0,provider_utils_dist/* createJsonResponseHandler */.cV)(amazonBedrockImageResponseSchema),
			abortSignal,
			fetch: this.config.fetch
		});
		if (response.status === "Request Moderated") {
			const moderationReasons = response.details?.["Moderation Reasons"];
			throw new Error(`Amazon Bedrock request was moderated: ${(Array.isArray(moderationReasons) ? moderationReasons : ["Unknown"]).join(", ")}`);
		}
		if (!response.images || response.images.length === 0) throw new Error("Amazon Bedrock returned no images. " + (response.status ? `Status: ${response.status}` : ""));
		return {
			images: response.images,
			warnings,
			response: {
				timestamp: currentDate,
				modelId: this.modelId,
				headers: responseHeaders
			}
		};
	}
};
function getBase64Data(file) {
	if (file.type === "url") throw new Error("URL-based images are not supported for Amazon Bedrock image editing. Please provide the image data directly.");
	if (file.data instanceof Uint8Array) return (0,provider_utils_dist/* convertUint8ArrayToBase64 */.n_)(file.data);
	return file.data;
}
const amazonBedrockImageResponseSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	images: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
	id: schemas/* string */.YjP().optional(),
	status: schemas/* string */.YjP().optional(),
	result: schemas/* unknown */.L5J().optional(),
	progress: schemas/* unknown */.L5J().optional(),
	details: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()).optional(),
	preview: schemas/* unknown */.L5J().optional()
})));
//#endregion
//#region src/version.ts
const VERSION = "5.0.151";
//#endregion
//#region src/amazon-bedrock-sigv4-fetch.ts
/**
* Creates a fetch function that applies AWS Signature Version 4 signing.
*
* @param getCredentials - Function that returns the AWS credentials to use when signing.
* @param fetch - Optional original fetch implementation to wrap. Defaults to global fetch.
* @param service - The AWS service name to use for SigV4 signing scope. Defaults to 'bedrock'.
* @returns A FetchFunction that signs requests before passing them to the underlying fetch.
*/
function createSigV4FetchFunction(getCredentials, fetch, service = "bedrock") {
	return async (input, init) => {
		const effectiveFetch = fetch ?? globalThis.fetch;
		const request = input instanceof Request ? input : void 0;
		const originalHeaders = (0,provider_utils_dist/* combineHeaders */.m2)((0,provider_utils_dist/* normalizeHeaders */.qx)(request?.headers), (0,provider_utils_dist/* normalizeHeaders */.qx)(init?.headers));
		const headersWithUserAgent = (0,provider_utils_dist/* withUserAgentSuffix */.WZ)(originalHeaders, `ai-sdk-amazon-bedrock/${VERSION}`, (0,provider_utils_dist/* getRuntimeEnvironmentUserAgent */.G1)());
		let effectiveBody = init?.body ?? void 0;
		if (effectiveBody === void 0 && request && request.body !== null) try {
			effectiveBody = await request.clone().text();
		} catch {}
		if ((init?.method ?? request?.method)?.toUpperCase() !== "POST" || !effectiveBody) return effectiveFetch(input, {
			...init,
			headers: headersWithUserAgent
		});
		const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
		const body = prepareBodyString(effectiveBody);
		const credentials = await getCredentials();
		const signingResult = await new AwsV4Signer({
			url,
			method: "POST",
			headers: Object.entries(headersWithUserAgent).filter(([, value]) => isAscii(value)),
			body,
			region: credentials.region,
			accessKeyId: credentials.accessKeyId,
			secretAccessKey: credentials.secretAccessKey,
			sessionToken: credentials.sessionToken,
			service
		}).sign();
		const signedHeaders = (0,provider_utils_dist/* normalizeHeaders */.qx)(signingResult.headers);
		const combinedHeaders = (0,provider_utils_dist/* combineHeaders */.m2)(headersWithUserAgent, signedHeaders);
		return effectiveFetch(input, {
			...init,
			body,
			headers: combinedHeaders
		});
	};
}
function prepareBodyString(body) {
	if (typeof body === "string") return body;
	else if (body instanceof Uint8Array) return new TextDecoder().decode(body);
	else if (body instanceof ArrayBuffer) return new TextDecoder().decode(new Uint8Array(body));
	else return JSON.stringify(body);
}
function isAscii(value) {
	return !/[\u0080-\uffff]/.test(value);
}
/**
* Creates a fetch function that applies Bearer token authentication.
*
* @param apiKey - The API key to use for Bearer token authentication.
* @param fetch - Optional original fetch implementation to wrap. Defaults to global fetch.
* @returns A FetchFunction that adds Authorization header with Bearer token to requests.
*/
function createApiKeyFetchFunction(apiKey, fetch) {
	return async (input, init) => {
		const effectiveFetch = fetch ?? globalThis.fetch;
		const originalHeaders = (0,provider_utils_dist/* normalizeHeaders */.qx)(init?.headers);
		const headersWithUserAgent = (0,provider_utils_dist/* withUserAgentSuffix */.WZ)(originalHeaders, `ai-sdk-amazon-bedrock/${VERSION}`, (0,provider_utils_dist/* getRuntimeEnvironmentUserAgent */.G1)());
		const resolvedApiKey = await (0,provider_utils_dist/* resolve */.hd)(apiKey);
		if (typeof apiKey !== "string" && (typeof resolvedApiKey !== "string" || !resolvedApiKey.trim())) throw new dist/* LoadAPIKeyError */.Kq({ message: "Amazon Bedrock API key must be a non-empty string." });
		const finalHeaders = (0,provider_utils_dist/* combineHeaders */.m2)(headersWithUserAgent, { Authorization: `Bearer ${typeof apiKey === "string" ? resolvedApiKey : resolvedApiKey.trim()}` });
		return effectiveFetch(input, {
			...init,
			headers: finalHeaders
		});
	};
}
//#endregion
//#region src/reranking/amazon-bedrock-reranking-api.ts
const amazonBedrockRerankingResponseSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	results: schemas/* array */.YOg(schemas/* object */.Ikc({
		index: schemas/* number */.aig(),
		relevanceScore: schemas/* number */.aig()
	})),
	nextToken: schemas/* string */.YjP().optional()
})));
//#endregion
//#region src/reranking/amazon-bedrock-reranking-model-options.ts
const amazonBedrockRerankingModelOptionsSchema = (0,provider_utils_dist/* lazySchema */.ID)(() => (0,provider_utils_dist/* zodSchema */.C_)(schemas/* object */.Ikc({
	/**
	* If the total number of results was greater than could fit in a response, a token is returned in the nextToken field. You can enter that token in this field to return the next batch of results.
	*/
	nextToken: schemas/* string */.YjP().optional(),
	/**
	* Additional model request fields to pass to the model.
	*/
	additionalModelRequestFields: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* any */.bzn()).optional()
})));
//#endregion
//#region src/reranking/amazon-bedrock-reranking-model.ts
var AmazonBedrockRerankingModel = class {
	constructor(modelId, config) {
		this.modelId = modelId;
		this.config = config;
		this.specificationVersion = "v4";
		this.provider = "amazon-bedrock";
	}
	async doRerank({ documents, headers, query, topN, abortSignal, providerOptions }) {
		const amazonBedrockOptions = await (0,provider_utils_dist/* parseProviderOptions */.xI)({
			provider: "amazonBedrock",
			providerOptions,
			schema: amazonBedrockRerankingModelOptionsSchema
		}) ?? await (0,provider_utils_dist/* parseProviderOptions */.xI)({
			provider: "bedrock",
			providerOptions,
			schema: amazonBedrockRerankingModelOptionsSchema
		});
		const { value: response, responseHeaders, rawValue } = await (0,provider_utils_dist/* postJsonToApi */.GU)({
			url: `${this.config.baseUrl()}/rerank`,
			headers: await (0,provider_utils_dist/* resolve */.hd)((0,provider_utils_dist/* combineHeaders */.m2)(await (0,provider_utils_dist/* resolve */.hd)(this.config.headers), headers)),
			body: {
				nextToken: amazonBedrockOptions?.nextToken,
				queries: [{
					textQuery: { text: query },
					type: "TEXT"
				}],
				rerankingConfiguration: {
					bedrockRerankingConfiguration: {
						modelConfiguration: {
							modelArn: `arn:aws:bedrock:${this.config.region}::foundation-model/${this.modelId}`,
							additionalModelRequestFields: amazonBedrockOptions?.additionalModelRequestFields
						},
						numberOfResults: topN
					},
					type: "BEDROCK_RERANKING_MODEL"
				},
				sources: documents.values.map((value) => ({
					type: "INLINE",
					inlineDocumentSource: documents.type === "text" ? {
						type: "TEXT",
						textDocument: { text: value }
					} : {
						type: "JSON",
						jsonDocument: value
					}
				}))
			},
			failedResponseHandler: amazonBedrockFailedResponseHandler,
			successfulResponseHandler: (0,provider_utils_dist/* createJsonResponseHandler */.cV)(amazonBedrockRerankingResponseSchema),
			fetch: this.config.fetch,
			abortSignal
		});
		return {
			ranking: response.results,
			response: {
				headers: responseHeaders,
				body: rawValue
			}
		};
	}
};
//#endregion
//#region src/resolve-amazon-bedrock-base-url.ts
const AWS_PARTITION_DNS_SUFFIXES = [
	{
		regionPrefix: "cn-",
		dnsSuffix: "amazonaws.com.cn"
	},
	{
		regionPrefix: "us-iso-",
		dnsSuffix: "c2s.ic.gov"
	},
	{
		regionPrefix: "us-isob-",
		dnsSuffix: "sc2s.sgov.gov"
	},
	{
		regionPrefix: "eu-isoe-",
		dnsSuffix: "cloud.adc-e.uk"
	},
	{
		regionPrefix: "us-isof-",
		dnsSuffix: "csp.hci.ic.gov"
	},
	{
		regionPrefix: "eusc-",
		dnsSuffix: "amazonaws.eu"
	}
];
function resolveAmazonBedrockBaseURL({ baseURL, getRegion, service, serviceEndpointUrlEnvironmentVariableName }) {
	const resolvedBaseURL = baseURL ?? (0,provider_utils_dist/* loadOptionalSetting */.x3)({
		settingValue: void 0,
		environmentVariableName: serviceEndpointUrlEnvironmentVariableName
	}) ?? (0,provider_utils_dist/* loadOptionalSetting */.x3)({
		settingValue: void 0,
		environmentVariableName: "AWS_ENDPOINT_URL"
	});
	if (resolvedBaseURL != null) return (0,provider_utils_dist/* withoutTrailingSlash */.ae)(resolvedBaseURL) ?? resolvedBaseURL;
	const region = getRegion();
	if (!(0,provider_utils_dist/* isValidHostnamePart */.Jk)(region)) throw new dist/* InvalidArgumentError */.Di({
		argument: "region",
		message: "Invalid AWS region. Expected a single DNS label (letters, digits, and hyphens). Use `baseURL` for custom endpoints."
	});
	const generatedBaseURL = `https://${service}.${region}.${AWS_PARTITION_DNS_SUFFIXES.find(({ regionPrefix }) => region.startsWith(regionPrefix))?.dnsSuffix ?? "amazonaws.com"}`;
	return (0,provider_utils_dist/* withoutTrailingSlash */.ae)(generatedBaseURL) ?? generatedBaseURL;
}
//#endregion
//#region src/amazon-bedrock-provider.ts
/**
* Create an Amazon Bedrock provider instance.
*/
function createAmazonBedrock(options = {}) {
	const rawApiKey = typeof options.apiKey === "string" || options.apiKey == null ? (0,provider_utils_dist/* loadOptionalSetting */.x3)({
		settingValue: options.apiKey,
		environmentVariableName: "AWS_BEARER_TOKEN_BEDROCK"
	}) : options.apiKey;
	const apiKey = typeof rawApiKey === "string" ? rawApiKey.trim() || void 0 : rawApiKey;
	const fetchFunction = apiKey ? createApiKeyFetchFunction(apiKey, options.fetch) : createSigV4FetchFunction(async () => {
		const region = (0,provider_utils_dist/* loadSetting */.Fv)({
			settingValue: options.region,
			settingName: "region",
			environmentVariableName: "AWS_REGION",
			description: "AWS region"
		});
		if (options.credentialProvider) try {
			return {
				...await options.credentialProvider(),
				region
			};
		} catch (error) {
			const errorMessage = error instanceof Error ? error.message : String(error);
			throw new Error(`AWS credential provider failed: ${errorMessage}. Please ensure your credential provider returns valid AWS credentials with accessKeyId and secretAccessKey properties.`);
		}
		try {
			return {
				region,
				accessKeyId: (0,provider_utils_dist/* loadSetting */.Fv)({
					settingValue: options.accessKeyId,
					settingName: "accessKeyId",
					environmentVariableName: "AWS_ACCESS_KEY_ID",
					description: "AWS access key ID"
				}),
				secretAccessKey: (0,provider_utils_dist/* loadSetting */.Fv)({
					settingValue: options.secretAccessKey,
					settingName: "secretAccessKey",
					environmentVariableName: "AWS_SECRET_ACCESS_KEY",
					description: "AWS secret access key"
				}),
				sessionToken: options.accessKeyId != null && options.secretAccessKey != null ? options.sessionToken : (0,provider_utils_dist/* loadOptionalSetting */.x3)({
					settingValue: options.sessionToken,
					environmentVariableName: "AWS_SESSION_TOKEN"
				})
			};
		} catch (error) {
			const errorMessage = error instanceof Error ? error.message : String(error);
			if (errorMessage.includes("AWS_ACCESS_KEY_ID") || errorMessage.includes("accessKeyId")) throw new Error(`AWS SigV4 authentication requires AWS credentials. Please provide either:
1. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY environment variables
2. Provide accessKeyId and secretAccessKey in options
3. Use a credentialProvider function
4. Use API key authentication with AWS_BEARER_TOKEN_BEDROCK or apiKey option
Original error: ${errorMessage}`);
			if (errorMessage.includes("AWS_SECRET_ACCESS_KEY") || errorMessage.includes("secretAccessKey")) throw new Error(`AWS SigV4 authentication requires both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY. Please ensure both credentials are provided.
Original error: ${errorMessage}`);
			throw error;
		}
	}, options.fetch);
	const getHeaders = () => {
		const baseHeaders = options.headers ?? {};
		return (0,provider_utils_dist/* withUserAgentSuffix */.WZ)(baseHeaders, `ai-sdk-amazon-bedrock/${VERSION}`);
	};
	const getAmazonBedrockRuntimeBaseUrl = () => resolveAmazonBedrockBaseURL({
		baseURL: options.baseURL,
		getRegion: () => (0,provider_utils_dist/* loadSetting */.Fv)({
			settingValue: options.region,
			settingName: "region",
			environmentVariableName: "AWS_REGION",
			description: "AWS region"
		}),
		service: "bedrock-runtime",
		serviceEndpointUrlEnvironmentVariableName: "AWS_ENDPOINT_URL_BEDROCK_RUNTIME"
	});
	const getAmazonBedrockAgentRuntimeBaseUrl = () => resolveAmazonBedrockBaseURL({
		baseURL: options.baseURL,
		getRegion: () => (0,provider_utils_dist/* loadSetting */.Fv)({
			settingValue: options.region,
			settingName: "region",
			environmentVariableName: "AWS_REGION",
			description: "AWS region"
		}),
		service: "bedrock-agent-runtime",
		serviceEndpointUrlEnvironmentVariableName: "AWS_ENDPOINT_URL_BEDROCK_AGENT_RUNTIME"
	});
	const createChatModel = (modelId, settings = {}) => new AmazonBedrockChatLanguageModel(modelId, {
		baseUrl: getAmazonBedrockRuntimeBaseUrl,
		headers: getHeaders,
		fetch: fetchFunction,
		generateId: provider_utils_dist/* generateId */.$C,
		modelFamily: settings.modelFamily
	});
	const provider = function(modelId, settings) {
		if (new.target) throw new Error("The Amazon Bedrock model function cannot be called with the new keyword.");
		return createChatModel(modelId, settings);
	};
	const createEmbeddingModel = (modelId, settings = {}) => new AmazonBedrockEmbeddingModel(modelId, {
		baseUrl: getAmazonBedrockRuntimeBaseUrl,
		headers: getHeaders,
		fetch: fetchFunction,
		modelFamily: settings.modelFamily
	});
	const createImageModel = (modelId) => new AmazonBedrockImageModel(modelId, {
		baseUrl: getAmazonBedrockRuntimeBaseUrl,
		headers: getHeaders,
		fetch: fetchFunction
	});
	const createRerankingModel = (modelId) => new AmazonBedrockRerankingModel(modelId, {
		baseUrl: getAmazonBedrockAgentRuntimeBaseUrl,
		region: (0,provider_utils_dist/* loadSetting */.Fv)({
			settingValue: options.region,
			settingName: "region",
			environmentVariableName: "AWS_REGION",
			description: "AWS region"
		}),
		headers: getHeaders,
		fetch: fetchFunction
	});
	provider.specificationVersion = "v4";
	provider.languageModel = createChatModel;
	provider.embedding = createEmbeddingModel;
	provider.embeddingModel = createEmbeddingModel;
	provider.textEmbedding = createEmbeddingModel;
	provider.textEmbeddingModel = createEmbeddingModel;
	provider.image = createImageModel;
	provider.imageModel = createImageModel;
	provider.reranking = createRerankingModel;
	provider.rerankingModel = createRerankingModel;
	provider.tools = anthropicTools;
	return provider;
}
/**
* Default Amazon Bedrock provider instance.
*/
const amazonBedrock = createAmazonBedrock();
//#endregion


//# sourceMappingURL=index.js.map

/***/ })

};
