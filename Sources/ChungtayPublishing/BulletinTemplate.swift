import Mustache

/// The Mustache template of the weekly page: one file, inline CSS, no script and nothing fetched from outside;
/// mobile-first (one column from 320 px), two columns from 900 px, and a print style.
enum BulletinTemplate {
    /// Compiled once; the text is this file's constant, so that it compiles is checked by the tests.
    static let compiled: MustacheTemplate = {
        do {
            return try MustacheTemplate(string: text)
        } catch {
            preconditionFailure("the bulletin template does not compile: \(error)")
        }
    }()

    static let text = #"""
    <!DOCTYPE html>
    <html lang="vi">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{week}} · {{title}}</title>
    <style>
    :root{--ink:#1b1f24;--muted:#59636e;--line:#d9dee4;--bg:#f3f5f8;--card:#fff;--brand:#0b4f9c;--up:#1a7f37;--down:#b42318;--bar:#2f6fbf}
    *{box-sizing:border-box}
    html{-webkit-text-size-adjust:100%}
    body{margin:0;background:var(--bg);color:var(--ink);font:16px/1.5 "Noto Sans","Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
    header{background:var(--brand);color:#fff;padding:1.1rem 1rem 1.2rem}
    header .kicker{margin:0;font-size:.85rem;letter-spacing:.02em;opacity:.9}
    header h1{margin:.3rem 0 .2rem;font-size:1.3rem;line-height:1.3}
    header .week{margin:0;font-size:1.05rem;font-weight:600}
    header .revision{display:inline-block;margin-top:.5rem;padding:.1rem .55rem;border-radius:1rem;background:#fff;color:var(--down);font-size:.85rem;font-weight:600}
    main{max-width:1180px;margin:0 auto;padding:.75rem}
    section{background:var(--card);border:1px solid var(--line);border-radius:.6rem;padding:.9rem .8rem;margin:0 0 .75rem}
    h2{margin:0 0 .6rem;font-size:1.1rem;color:var(--brand)}
    h3{margin:.8rem 0 .3rem;font-size:1rem}
    .note{margin:.2rem 0 .6rem;color:var(--muted);font-size:.9rem}
    .stats{display:grid;grid-template-columns:repeat(3,1fr);gap:.5rem;margin:0;padding:0;list-style:none}
    .stats li{background:var(--card);border:1px solid var(--line);border-radius:.6rem;padding:.6rem .5rem;text-align:center}
    .stats b{display:block;font-size:1.35rem;color:var(--brand)}
    .stats span{font-size:.8rem;color:var(--muted)}
    .scroll{overflow-x:auto}
    table{width:100%;border-collapse:collapse;font-size:.95rem}
    th,td{padding:.45rem .35rem;border-bottom:1px solid var(--line);vertical-align:top;text-align:left}
    th{font-size:.8rem;color:var(--muted);font-weight:600}
    td.num,th.num{text-align:right;white-space:nowrap}
    td.rank{width:2.4rem;font-weight:700}
    td.name{overflow-wrap:anywhere}
    td.name small{display:block;color:var(--muted);font-size:.8rem;line-height:1.35}
    .up{color:var(--up);font-weight:600}.down{color:var(--down);font-weight:600}.same{color:var(--muted)}.new{color:var(--brand);font-style:italic}
    svg{display:block;width:100%;max-width:420px;height:auto}
    svg text{font:14px "Noto Sans","Segoe UI",Roboto,Arial,sans-serif;fill:var(--ink)}
    svg rect{fill:var(--bar)}
    details{border-top:1px solid var(--line);padding:.35rem 0}
    summary{cursor:pointer;font-weight:600}
    summary span{color:var(--muted);font-weight:400}
    ul.idle{margin:.35rem 0 .2rem;padding-left:1.1rem;columns:15rem;column-gap:1.5rem;font-size:.92rem}
    ul.idle li{break-inside:avoid}
    .corrections td{font-size:.9rem}
    footer{max-width:1180px;margin:0 auto;padding:0 .75rem 1.5rem;color:var(--muted);font-size:.85rem}
    code{font-family:"Noto Sans Mono","DejaVu Sans Mono",Consolas,monospace;font-size:.8rem;overflow-wrap:anywhere}
    @media (min-width:600px){header{padding:1.5rem 2rem}header h1{font-size:1.6rem}main{padding:1rem 1.5rem}section{padding:1.1rem 1.2rem}}
    @media (min-width:900px){.pair{display:grid;grid-template-columns:1fr 1fr;gap:.75rem}.pair section{margin:0 0 .75rem}}
    @media print{
    body{background:#fff;font-size:10.5pt}
    header{background:none;color:#000;border-bottom:2px solid #000;padding:0 0 .4rem}
    header .revision{border:1px solid #000;color:#000}
    main,footer{max-width:none;padding:0}
    section{border:none;border-radius:0;padding:.4rem 0;margin:0 0 .4rem;break-inside:avoid-page}
    .pair{display:block}
    .stats li{border-color:#999}
    h2{color:#000}
    thead{display:table-header-group}
    tr{break-inside:avoid}
    .scroll{overflow:visible}
    summary{list-style:none}
    svg rect{fill:#555}
    }
    </style>
    </head>
    <body>
    <header>
    <p class="kicker">Bảng tin thi đua hằng tuần</p>
    <h1>{{title}}</h1>
    <p class="week">{{week}} · từ {{dates}}</p>
    {{#isCorrection}}<span class="revision">Đính chính · lần công bố {{revision}}</span>{{/isCorrection}}
    </header>
    <main>
    <ul class="stats">
    <li><b>{{membersRanked}}</b><span>đoàn viên có điểm</span></li>
    <li><b>{{branchesRanked}}</b><span>cơ sở Đoàn có điểm</span></li>
    <li><b>{{idleCount}}</b><span>cơ sở chưa có điểm</span></li>
    </ul>
    {{#isCorrection}}
    <section class="corrections" id="dinh-chinh">
    <h2>Đính chính so với lần công bố {{previousRevision}}</h2>
    {{#hasCorrections}}
    <div class="scroll"><table id="corrections">
    <thead><tr><th>Bảng</th><th>Tên</th><th>Trước</th><th>Nay</th></tr></thead>
    <tbody>
    {{#corrections}}<tr><td>{{board}}</td><td class="name">{{name}}<small>{{id}}</small></td><td>{{before}}</td><td>{{after}}</td></tr>
    {{/corrections}}
    </tbody>
    </table></div>
    {{/hasCorrections}}
    {{^corrections}}<p class="note">Không có hạng hay điểm nào thay đổi.</p>{{/corrections}}
    </section>
    {{/isCorrection}}
    <div class="pair">
    <section>
    <h2>10 đoàn viên dẫn đầu</h2>
    <div class="scroll"><table id="members">
    <thead><tr><th>Hạng</th><th>Họ và tên</th><th class="num">Điểm</th><th class="num">Thay đổi</th></tr></thead>
    <tbody>
    {{#members}}<tr><td class="rank">{{rank}}</td><td class="name">{{name}}<small>{{detail}}</small></td><td class="num">{{score}}</td><td class="num {{movementClass}}">{{movement}}</td></tr>
    {{/members}}
    </tbody>
    </table></div>
    {{^members}}<p class="note">Chưa có đoàn viên nào có điểm trong tuần.</p>{{/members}}
    </section>
    <section>
    <h2>10 cơ sở Đoàn dẫn đầu</h2>
    <div class="scroll"><table id="branches">
    <thead><tr><th>Hạng</th><th>Cơ sở Đoàn</th><th class="num">{{branchScoreHeader}}</th><th class="num">Thay đổi</th></tr></thead>
    <tbody>
    {{#branches}}<tr><td class="rank">{{rank}}</td><td class="name">{{name}}<small>{{detail}}</small></td><td class="num">{{score}}</td><td class="num {{movementClass}}">{{movement}}</td></tr>
    {{/branches}}
    </tbody>
    </table></div>
    {{^branches}}<p class="note">Chưa có cơ sở Đoàn nào có điểm trong tuần.</p>{{/branches}}
    </section>
    </div>
    <div class="pair">
    <section>
    <h2>Huyện, Thị, Thành đoàn và Đoàn trực thuộc</h2>
    <div class="scroll"><table id="districts">
    <thead><tr><th>Hạng</th><th>Đơn vị</th><th class="num">{{districtScoreHeader}}</th><th class="num">Thay đổi</th></tr></thead>
    <tbody>
    {{#districts}}<tr><td class="rank">{{rank}}</td><td class="name">{{name}}<small>{{detail}}</small></td><td class="num">{{score}}</td><td class="num {{movementClass}}">{{movement}}</td></tr>
    {{/districts}}
    </tbody>
    </table></div>
    {{^districts}}<p class="note">Chưa có đơn vị nào có điểm trong tuần.</p>{{/districts}}
    </section>
    <section>
    <h2>Điểm của các đơn vị trong tuần</h2>
    <svg viewBox="0 0 {{chartWidth}} {{chartHeight}}" role="img" aria-label="Biểu đồ điểm của Huyện, Thị, Thành đoàn và Đoàn trực thuộc">
    {{#bars}}<text x="0" y="{{nameY}}">{{name}}</text><text x="{{chartWidth}}" y="{{nameY}}" text-anchor="end">{{value}}</text><rect x="0" y="{{barY}}" width="{{width}}" height="12" rx="2"/>
    {{/bars}}
    </svg>
    </section>
    </div>
    <section>
    <h2>Tiến bộ nhanh nhất</h2>
    <p class="note">So với hạng của tuần trước.</p>
    <div class="scroll"><table id="climbers">
    <thead><tr><th>Hạng</th><th>Tên</th><th class="num">Điểm</th><th class="num">Tăng</th></tr></thead>
    <tbody>
    {{#climbers}}<tr><td class="rank">{{rank}}</td><td class="name">{{name}}<small>{{detail}}</small></td><td class="num">{{score}}</td><td class="num {{movementClass}}">{{movement}}</td></tr>
    {{/climbers}}
    </tbody>
    </table></div>
    {{^climbers}}<p class="note">Tuần này không có ai tăng hạng.</p>{{/climbers}}
    </section>
    <section id="chua-co-diem">
    <h2>Cơ sở Đoàn chưa có điểm trong tuần ({{idleCount}})</h2>
    <p class="note">Danh sách để Huyện, Thị, Thành đoàn liên hệ, đôn đốc; xếp theo đơn vị cấp trên.</p>
    {{#idleGroups}}<details open><summary>{{name}} <span>({{count}})</span></summary><ul class="idle">{{#branches}}<li>{{.}}</li>{{/branches}}</ul></details>
    {{/idleGroups}}
    {{^idleGroups}}<p class="note">Cơ sở Đoàn nào cũng có điểm trong tuần.</p>{{/idleGroups}}
    </section>
    </main>
    <footer>
    <p>Lần công bố {{revision}}, lúc {{publishedAt}} · Thể lệ {{rulesVersion}}</p>
    <p>Mã kiểm tra nội dung (SHA-256): <code>{{digest}}</code><br>Kiểm tra các tệp đã công bố bằng lệnh <code>chungtay verify THƯ_MỤC</code>.</p>
    </footer>
    </body>
    </html>

    """#
}
