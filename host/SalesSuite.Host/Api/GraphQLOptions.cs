namespace SalesSuite.Host.Api;

public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Answer introspection queries (the IDE needs them). Configuration can close it.</summary>
    public bool AllowIntrospection { get; set; } = true;

    /// <summary>Largest request body accepted, in bytes; larger requests get 413.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Largest multipart request (GraphQL multipart request specification: operations, map and files), in bytes; larger ones get 413.</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Include exception messages and stack traces in errors (never in Production).</summary>
    public bool ExposeExceptionDetails { get; set; }

    /// <summary>Serve the GraphQL IDE page to browsers that ask for /graphql.</summary>
    public bool EnableIde { get; set; } = true;

    /// <summary>Deepest field nesting a document may select (introspection fields are not counted).</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Most aliased fields a document may select, counting each fragment where it is spread.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Most field selections a document may make once its fragments are spread out.</summary>
    public int MaxFields { get; set; } = 2000;

    /// <summary>
    /// Most nodes a query may ask for: every connection field costs the product of the page sizes
    /// (<c>first</c>/<c>last</c>, or the default page size) of itself and the connections above it.
    /// </summary>
    public long MaxNodes { get; set; } = 10_000;

    /// <summary>Largest <c>variables</c> object accepted, in bytes of JSON; larger ones get 413.</summary>
    public int MaxVariablesBytes { get; set; } = 64 * 1024;

    /// <summary>Most items of any list in the variables or arguments; longer lists are VALIDATION errors.</summary>
    public int MaxListItems { get; set; } = 1000;

    /// <summary>
    /// Most parsed documents kept for reuse (by the SHA-256 of their text), which is also how many automatic persisted
    /// queries an instance remembers (see <c>DocumentCache</c>).
    /// </summary>
    public int DocumentCacheSize { get; set; } = 1000;

    /// <summary>Execution time after which a request is cancelled (with its database commands); 0 for none.</summary>
    public double ExecutionTimeoutSeconds { get; set; } = 30;

    /// <summary>The same for multipart requests (file uploads such as a CSV import of many rows); 0 for none.</summary>
    public double UploadExecutionTimeoutSeconds { get; set; } = 300;

    /// <summary>
    /// Let validation errors suggest field, argument and type names ("Did you mean ..."); null means only in
    /// Development, because suggestions let a client rebuild a schema that introspection hides.
    /// </summary>
    public bool? SuggestFields { get; set; }
}
