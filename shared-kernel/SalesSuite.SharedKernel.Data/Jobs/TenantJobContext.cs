using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.SharedKernel.Jobs;

/// <summary>The tenant a job runs for and the instant of this run (from the DI <see cref="TimeProvider"/>).</summary>
public sealed record TenantJobContext(TenantInfo Tenant, DateTimeOffset Now);
