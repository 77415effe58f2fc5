using System.Net;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host.Api.Hardening;

public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Null means on everywhere but in Development.</summary>
    public bool? Enabled { get; set; }

    public int WindowSeconds { get; set; } = 60;

    /// <summary>Requests per window for all users of one tenant together.</summary>
    public int PerTenant { get; set; } = 600;

    /// <summary>Requests per window for one user (or, without a token, one client address).</summary>
    public int PerUser { get; set; } = 120;
}
