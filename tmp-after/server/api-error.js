export class ApiError extends Error {
    code;
    issues;
    headers;
    constructor(code, message, issues = [], headers = {}) {
        super(message);
        this.name = 'ApiError';
        this.code = code;
        this.issues = issues;
        this.headers = headers;
    }
}
//# sourceMappingURL=api-error.js.map