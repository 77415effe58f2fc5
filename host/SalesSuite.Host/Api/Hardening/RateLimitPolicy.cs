using System.Net;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Host.Api.Hardening;

internal readonly record struct RateLimitPolicy(string Name, int Limit, int Remaining, int ResetSeconds);
