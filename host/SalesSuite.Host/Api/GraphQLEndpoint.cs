using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Options;
using SalesSuite.Host.Api.Hardening;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Host.Api;

/// <summary>
/// GraphQL over HTTP (POST with JSON, GET for queries only), with the status codes and media types of the
/// GraphQL-over-HTTP specification. Browsers that ask for HTML get the IDE page.
/// Documents over the limits of <see cref="GraphQLOptions"/> are refused before any other validation rule runs.
/// </summary>
internal sealed class GraphQLEndpoint(
    ISchema schema,
    IDocumentExecuter executer,
    IGraphQLTextSerializer serializer,
    AccessValidationRule accessRule,
    IOptions<GraphQLOptions> options,
    IOptions<PagingOptions> paging,
    IdempotencyGate idempotency,
    DocumentCache documents,
    IWebHostEnvironment environment,
    ILogger<GraphQLEndpoint> logger)
{
    private readonly IValidationRule[] _rules = Rules(options.Value, paging.Value, accessRule, DocumentValidator.CoreRules);

    /// <summary>
    /// For a document that passed <see cref="_rules"/> before: the limits, the core rules that check variable values, and the
    /// access rule (the caller's grants). The other core rules read only the document and the schema: their answer stands.
    /// </summary>
    private readonly IValidationRule[] _rulesForValidDocuments =
        Rules(options.Value, paging.Value, accessRule, DocumentValidator.CoreRules.Where(ReadsVariables));

    /// <summary>The limits first, then <paramref name="core"/> and the access rule, each skipped when the limits refused the document.</summary>
    private static IValidationRule[] Rules(GraphQLOptions options, PagingOptions paging, IValidationRule access, IEnumerable<IValidationRule> core) =>
        [new DocumentLimitsRule(options, paging), .. core.Select(r => new AfterLimits(r)), new AfterLimits(access)];

    /// <summary>Whether a rule may look at variable values (any rule not built on <see cref="ValidationRuleBase"/> is assumed to).</summary>
    private static bool ReadsVariables(IValidationRule rule) =>
        rule is not ValidationRuleBase
        || rule.GetType().GetMethod(nameof(IValidationRule.GetVariableVisitorAsync))!.DeclaringType != typeof(ValidationRuleBase);

    /// <summary>The execution time limit: a multipart request (an upload) has its own, longer one.</summary>
    private TimeSpan TimeoutFor(HttpRequest request)
    {
        var seconds = GraphQLMultipart.IsMultipart(request) ? options.Value.UploadExecutionTimeoutSeconds : options.Value.ExecutionTimeoutSeconds;
        return seconds > 0 ? TimeSpan.FromSeconds(seconds) : System.Threading.Timeout.InfiniteTimeSpan;
    }

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) && WantsHtml(request) && !request.Query.ContainsKey("query"))
        {
            await ServeIdeAsync(http);
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            await GraphQLHttpResponses.WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, ErrorCodes.BadRequest, "Use GET or POST.");
            return;
        }

        var mediaType = GraphQLHttpResponses.NegotiateMediaType(request);
        var eventStream = mediaType is null && Live.GraphQLServerSentEvents.Accepts(request);
        if (eventStream)
        {
            mediaType = GraphQLHttpResponses.Json;     // for the errors that refuse the request before its stream starts
        }
        else if (mediaType is null)
        {
            await GraphQLHttpResponses.WriteErrorAsync(http, StatusCodes.Status406NotAcceptable, ErrorCodes.BadRequest,
                $"Accept {GraphQLHttpResponses.GraphQLResponseJson}, {GraphQLHttpResponses.Json} or {Live.GraphQLServerSentEvents.MediaType}.");
            return;
        }

        var (gqlRequest, error) = HttpMethods.IsPost(request.Method) ? await ReadPostAsync(http) : ReadGet(request);
        if (error is not null)
        {
            await GraphQLHttpResponses.WriteErrorAsync(http, error.Value.Status, error.Value.Code, error.Value.Message);
            return;
        }

        var (persistedHash, persistedError) = PersistedQuery.From(gqlRequest!.Extensions);
        if (persistedError is not null)
        {
            await GraphQLHttpResponses.WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, persistedError);
            return;
        }

        if (string.IsNullOrWhiteSpace(gqlRequest.Query))
        {
            if (persistedHash is null)
            {
                await GraphQLHttpResponses.WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The request has no query.");
                return;
            }

            if (documents.Find(persistedHash) is not { } known)
            {
                // Apollo's clients look for this message and code, then send the query's text with its hash.
                var notFound = new ExecutionResult { Executed = false };
                notFound.AddError(new ExecutionError("PersistedQueryNotFound") { Code = ErrorCodes.PersistedQueryNotFound });
                await WriteResultAsync(http, notFound, mediaType, IsResponseJson(mediaType) ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
                return;
            }

            gqlRequest.Query = known.Query;
        }

        var hash = DocumentCache.Hash(gqlRequest.Query);
        if (persistedHash is not null && persistedHash != hash)
        {
            await GraphQLHttpResponses.WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest,
                "extensions.persistedQuery.sha256Hash is not the SHA-256 of the query text.");
            return;
        }

        CachedDocument parsed;
        try
        {
            parsed = documents.Parse(gqlRequest.Query, hash);
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            var parseResult = new ExecutionResult { Executed = false };
            parseResult.AddError(new ExecutionError("The query is not valid GraphQL: " + ex.Description) { Code = ErrorCodes.ParseError });
            await WriteResultAsync(http, parseResult, mediaType, IsResponseJson(mediaType) ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
            return;
        }
        catch (GraphQLMaxDepthExceededException)
        {
            await GraphQLHttpResponses.WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.ParseError, "The query is nested too deeply.");
            return;
        }

        var document = parsed.Document;
        if (eventStream && HttpMethods.IsPost(request.Method))
        {
            await http.RequestServices.GetRequiredService<Live.GraphQLServerSentEvents>().HandleAsync(http, gqlRequest, parsed);
            return;
        }

        if (Live.LiveOperations.IsSubscription(document, gqlRequest.OperationName))
        {
            await GraphQLHttpResponses.WriteErrorAsync(http, StatusCodes.Status400BadRequest, ErrorCodes.BadRequest,
                $"Subscriptions run over a WebSocket at /graphql ({Live.GraphQLWebSocket.Protocol}) " +
                $"or a POST with Accept: {Live.GraphQLServerSentEvents.MediaType}.");
            return;
        }

        if (HttpMethods.IsGet(request.Method) && SelectsMutation(document, gqlRequest.OperationName))
        {
            http.Response.Headers.Allow = "POST";
            await GraphQLHttpResponses.WriteErrorAsync(http, StatusCodes.Status405MethodNotAllowed, ErrorCodes.BadRequest,
                "Mutations are only accepted with POST.");
            return;
        }

        IdempotencyKey? idempotencyKey = null;
        if (HttpMethods.IsPost(request.Method) && request.Headers.ContainsKey(IdempotencyGate.Header) && SelectsMutation(document, gqlRequest.OperationName))
        {
            (idempotencyKey, var handled) = await idempotency.BeginAsync(http, gqlRequest);
            if (handled)
            {
                return;
            }
        }

        ExecutionResult result;
        int status;
        bool started;
        try
        {
            // A client that gives up must not leave an idempotent mutation half known: it runs to its end (or its
            // timeout), so that the retry gets its response.
            var cancellation = idempotencyKey is null ? http.RequestAborted : CancellationToken.None;
            (result, status, started) = await ExecuteAsync(http, gqlRequest, parsed, mediaType, cancellation);
        }
        catch when (idempotencyKey is not null)
        {
            await idempotency.ReleaseAsync(idempotencyKey);
            throw;
        }

        if (idempotencyKey is null)
        {
            await WriteResultAsync(http, result, mediaType, status);
            return;
        }

        // Like Stripe: a request that started executing keeps its response, even an error; one refused before
        // execution (validation, limits) frees its key, so that the corrected request can use it.
        using var buffer = new MemoryStream();
        await serializer.WriteAsync(buffer, result, CancellationToken.None);
        var body = buffer.ToArray();
        var contentType = mediaType + "; charset=utf-8";
        if (started)
        {
            await idempotency.CompleteAsync(idempotencyKey, status, contentType, body);
        }
        else
        {
            await idempotency.ReleaseAsync(idempotencyKey);
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }

    /// <returns>The result, its HTTP status, and whether execution started (so a mutation may have applied).</returns>
    private async Task<(ExecutionResult Result, int Status, bool Started)> ExecuteAsync(
        HttpContext http, GraphQLRequest gqlRequest, CachedDocument parsed, string mediaType, CancellationToken cancellation)
    {
        var timeout = TimeoutFor(http.Request);
        var (result, timedOut) = await RunAsync(http.RequestServices, http.User, gqlRequest, parsed, null, timeout, http.TraceIdentifier, cancellation);

        var status = StatusCodes.Status200OK;
        if (timedOut)
        {
            status = IsResponseJson(mediaType) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        }
        else if (!result.Executed)
        {
            status = result.Errors?.Any(e => e.Code == ErrorCodes.Unauthenticated) == true
                ? StatusCodes.Status401Unauthorized
                : IsResponseJson(mediaType) ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        }

        if (status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }

        return (result, status, result.Executed || timedOut);
    }

    /// <summary>
    /// Runs one operation with the services of <paramref name="services"/> (a request's, or a subscription event's own scope), with every
    /// validation rule, the time limit, the sanitised errors and the sensitive reads recorded. <paramref name="root"/> is the root value: the
    /// event, when a subscription runs for one.
    /// </summary>
    internal async Task<(ExecutionResult Result, bool TimedOut)> RunAsync(IServiceProvider services, System.Security.Claims.ClaimsPrincipal user,
        GraphQLRequest gqlRequest, CachedDocument parsed, object? root, TimeSpan timeout, string requestId, CancellationToken cancellation)
    {
        var result = await executer.ExecuteAsync(o =>
        {
            o.Schema = schema;
            o.Query = gqlRequest.Query;
            o.Document = parsed.Document;
            o.OperationName = gqlRequest.OperationName;
            o.Variables = gqlRequest.Variables;
            o.Extensions = gqlRequest.Extensions;
            o.Root = root;
            o.RequestServices = services;
            o.User = user;
            o.CancellationToken = cancellation;
            o.Timeout = timeout;
            o.TimeoutAction = TimeoutAction.ReturnTimeoutError;
            o.ValidationRules = parsed.PassedSchemaRules ? _rulesForValidDocuments : _rules;
            o.ThrowOnUnhandledException = false;
            o.UnhandledExceptionDelegate = ctx =>
            {
                if (ClientError.Find(ctx.OriginalException) is { } clientCaused)
                {
                    // A rule the request broke, not a failure of the server: the client gets the error as it was raised.
                    ctx.Exception = new ClientError(clientCaused);
                    return Task.CompletedTask;
                }

                logger.LogError(ctx.OriginalException, "Unhandled error in GraphQL request {RequestId}", requestId);
                if (!options.Value.ExposeExceptionDetails)
                {
                    ctx.ErrorMessage = $"An internal error occurred. Request id: {requestId}.";
                }

                return Task.CompletedTask;
            };
        });

        if (result.Executed)
        {
            parsed.PassedSchemaRules = true; // every rule let it through (or the schema rules did before)
        }

        var timedOut = ResultSanitizer.TimedOut(result);
        if (timedOut)
        {
            logger.LogWarning("GraphQL request {RequestId} did not finish within {Timeout} and was cancelled", requestId, timeout);
        }

        Sanitize(result, timeout, requestId);
        if (result.Executed)
        {
            await RecordReadsAsync(services, result, requestId);
        }

        return (result, timedOut);
    }

    /// <summary>
    /// Writes the sensitive reads of the operation into the audit log (a subscription's stream reads after <see cref="RunAsync"/>
    /// returned, so its runner calls this again once the stream ended).
    /// </summary>
    internal async Task RecordReadsAsync(IServiceProvider services, ExecutionResult result, string requestId)
    {
        if (services.GetService<SalesSuite.SharedKernel.Audit.SensitiveReadLog>() is not { } reads)
        {
            return;
        }

        try
        {
            await reads.FlushAsync("read:" + (result.Operation?.Name?.StringValue ?? "anonymous"), CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The request's own work is done (a mutation may have committed): answer it, and leave the failure to the log.
            logger.LogError(ex, "Recording the sensitive reads of request {RequestId} in the audit log failed", requestId);
        }
    }

    /// <summary>Leaves only what a client may see in the errors of a result (also each result of a subscription's stream).</summary>
    internal void Sanitize(ExecutionResult result, TimeSpan timeout, string requestId) =>
        ResultSanitizer.Apply(result, options.Value.SuggestFields == true, timeout, requestId);

    private static bool IsResponseJson(string mediaType) => mediaType == GraphQLHttpResponses.GraphQLResponseJson;

    private async Task WriteResultAsync(HttpContext http, ExecutionResult result, string mediaType, int status)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static bool WantsHtml(HttpRequest request) =>
        request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    private async Task ServeIdeAsync(HttpContext http)
    {
        var file = environment.WebRootFileProvider.GetFileInfo("ide/index.html");
        if (!options.Value.EnableIde || !file.Exists)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.SendFileAsync(file, http.RequestAborted);
    }

    private async Task<(GraphQLRequest? Request, (int Status, string Code, string Message)? Error)> ReadPostAsync(HttpContext http)
    {
        var request = http.Request;
        var contentType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (GraphQLMultipart.IsMultipart(request))
        {
            return await GraphQLMultipart.ReadAsync(http, options.Value, ParseBodyAsync);
        }

        if (contentType is not ("application/json" or "application/graphql-response+json"))
        {
            return (null,
                (StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadRequest, "Send the request as application/json (or multipart/form-data with " +
                    "files)."));
        }

        var max = options.Value.MaxRequestBytes;
        if (request.ContentLength > max)
        {
            return (null, (StatusCodes.Status413PayloadTooLarge, ErrorCodes.BadRequest, $"The request body is larger than {max} bytes."));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max)
            {
                return (null, (StatusCodes.Status413PayloadTooLarge, ErrorCodes.BadRequest, $"The request body is larger than {max} bytes."));
            }
        }

        return await ParseBodyAsync(buffer);
    }

    /// <summary>Parses a JSON request body (also the 'operations' field of a multipart request).</summary>
    private async Task<(GraphQLRequest? Request, (int Status, string Code, string Message)? Error)> ParseBodyAsync(MemoryStream buffer)
    {
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (bytes.Span.TrimStart(" \t\r\n"u8).StartsWith("["u8))
        {
            return (null, (StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "Batched requests are not supported; send one operation per request."));
        }

        if (VariablesSize.OfBody(bytes.Span) is var size && size > options.Value.MaxVariablesBytes)
        {
            return (null, VariablesTooLarge(size));
        }

        try
        {
            buffer.Position = 0;
            var parsed = await serializer.ReadAsync<GraphQLRequest>(buffer, CancellationToken.None);
            return parsed is null
                ? (null, (StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The request body is empty."))
                : (parsed, null);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            return (null,
                (StatusCodes.Status400BadRequest, ErrorCodes.BadRequest,
                    "The request body is not a valid GraphQL request (JSON with query, variables, operationName)."));
        }
    }

    private (GraphQLRequest? Request, (int Status, string Code, string Message)? Error) ReadGet(HttpRequest request)
    {
        var gqlRequest = new GraphQLRequest
        {
            Query = request.Query["query"].ToString(),
            OperationName = request.Query.TryGetValue("operationName", out var op) && !string.IsNullOrEmpty(op) ? op.ToString() : null,
        };
        try
        {
            if (request.Query.TryGetValue("variables", out var variables) && !string.IsNullOrEmpty(variables))
            {
                var size = System.Text.Encoding.UTF8.GetByteCount(variables.ToString());
                if (size > options.Value.MaxVariablesBytes)
                {
                    return (null, VariablesTooLarge(size));
                }

                gqlRequest.Variables = serializer.Deserialize<Inputs>(variables.ToString());
            }

            if (request.Query.TryGetValue("extensions", out var extensions) && !string.IsNullOrEmpty(extensions))
            {
                gqlRequest.Extensions = serializer.Deserialize<Inputs>(extensions.ToString());
            }
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            return (null, (StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "The variables or extensions parameter is not valid JSON."));
        }

        return (gqlRequest, null);
    }

    private (int Status, string Code, string Message) VariablesTooLarge(long size) =>
        (StatusCodes.Status413PayloadTooLarge, ErrorCodes.LimitExceeded,
            $"The variables are {size} bytes of JSON; the limit is {options.Value.MaxVariablesBytes} bytes.");

    private static bool SelectsMutation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.Value == operationName);
        return operation?.Operation is OperationType.Mutation or OperationType.Subscription;
    }
}
