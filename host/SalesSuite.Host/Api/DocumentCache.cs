using System.Security.Cryptography;
using System.Text;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace SalesSuite.Host.Api;

/// <summary>
/// Parsed GraphQL documents by the SHA-256 of their text. A repeated query skips the parser, and a client may send only the
/// hash of a query this instance has seen (automatic persisted queries, as Apollo's clients send them: less upload, and GET
/// requests short enough for HTTP caches). Bounded by <see cref="GraphQLOptions.DocumentCacheSize"/> documents, the least
/// recently used leaving first. Each instance keeps its own: a hash that another instance has not seen gets
/// PERSISTED_QUERY_NOT_FOUND, and the client sends the text once more, as the protocol expects.
/// </summary>
internal sealed class DocumentCache(IOptions<GraphQLOptions> options) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = options.Value.DocumentCacheSize });

    private readonly MemoryCacheEntryOptions _entry = new MemoryCacheEntryOptions { Size = 1 }.SetSlidingExpiration(TimeSpan.FromHours(1));

    /// <summary>The lower-case hexadecimal SHA-256 of the query's UTF-8 text: the <c>sha256Hash</c> of a persisted query.</summary>
    public static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    /// <summary>The query and its document stored under <paramref name="hash"/>, if this instance has parsed it.</summary>
    public CachedDocument? Find(string hash) => _cache.TryGetValue(hash, out CachedDocument? found) ? found : null;

    /// <summary>The document of <paramref name="query"/> (whose hash is <paramref name="hash"/>), parsed now unless it is cached.</summary>
    /// <exception cref="GraphQLParser.Exceptions.GraphQLParserException">The text is not GraphQL; nothing is cached.</exception>
    public CachedDocument Parse(string query, string hash)
    {
        if (Find(hash) is { } cached && cached.Query == query)
        {
            return cached;
        }

        var parsed = new CachedDocument(query, Parser.Parse(query, new ParserOptions { MaxDepth = 64 }));
        _cache.Set(hash, parsed, _entry);
        return parsed;
    }

    public void Dispose() => _cache.Dispose();
}

/// <summary>A query's text and its parsed document, shared by every request that sends the same text (documents are read-only).</summary>
internal sealed record CachedDocument(string Query, GraphQLDocument Document)
{
    /// <summary>
    /// Whether the document once passed every validation rule: the rules that read only the document and the schema (which
    /// do not change) need not run for it again; those that read the user's grants or the variables still run every time.
    /// Only ever set to true, so a request that reads a stale false just runs every rule.
    /// </summary>
    public bool PassedSchemaRules { get; set; }
}
