namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>Where a template's figures come from: each is one method of <see cref="Documents.ReportComposer"/>.</summary>
internal enum ReportSource
{
    /// <summary><c>salesReport</c>'s figures, grouped and filtered as the template says.</summary>
    Sales,

    /// <summary>Opportunities won and lost per rep (built-in pipeline review).</summary>
    Pipeline,

    /// <summary><c>revenueForecast</c> (built-in revenue forecast).</summary>
    Forecast,
}
