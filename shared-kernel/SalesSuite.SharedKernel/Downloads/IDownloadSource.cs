namespace SalesSuite.SharedKernel.Downloads;

/// <summary>
/// Files a module serves at <c>GET /downloads/{Kind}/{id}</c>. The host authenticates the request and resolves its tenant
/// exactly as for <c>/graphql</c>, sets the caller's grant, checks <see cref="Permission"/>, then asks the source; the
/// source reads through its module's DbContext (tenant and record scope applied), so another tenant's or an invisible
/// id is simply not found.
/// </summary>
public interface IDownloadSource
{
    /// <summary>The URL segment, unique among all modules, e.g. <c>report-xlsx</c>.</summary>
    string Kind { get; }

    /// <summary>The module that owns the files: nothing is served while it is disabled for the tenant.</summary>
    string Module { get; }

    /// <summary>The operation permission the caller needs (403 without it).</summary>
    string Permission { get; }

    /// <summary>The file, or null when it does not exist or the caller may not see it (404).</summary>
    Task<Download?> OpenAsync(Guid id, CancellationToken cancellationToken);
}

/// <param name="FileName">Suggested file name (Content-Disposition).</param>
/// <param name="ContentType">Media type with charset where it applies, e.g. <c>text/html; charset=utf-8</c>.</param>
/// <param name="Inline">Shown in the browser (a printable page) rather than saved as an attachment.</param>
/// <param name="ContentSecurityPolicy">Sent as the response's Content-Security-Policy (pages: no scripts, no fetches).</param>
public sealed record Download(string FileName, string ContentType, byte[] Content, bool Inline = false, string? ContentSecurityPolicy = null);
