namespace SalesSuite.Host.Api;

public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Answer introspection queries (the IDE needs them). Configuration can close it.</summary>
    public bool AllowIntrospection { get; set; } = true;

    /// <summary>Largest request body accepted, in bytes; larger requests get 413.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Include exception messages and stack traces in errors (never in Production).</summary>
    public bool ExposeExceptionDetails { get; set; }

    /// <summary>Serve the GraphQL IDE page to browsers that ask for /graphql.</summary>
    public bool EnableIde { get; set; } = true;
}
