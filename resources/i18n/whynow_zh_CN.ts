<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AccountDialog</name>
        <message>
            <source>Edit account</source>
            <translation>编辑客户</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <source>Company name, e.g. Acme GmbH or 云帆物流科技</source>
            <translation>公司名称，例如 Acme GmbH 或 云帆物流科技</translation>
        </message>
        <message>
            <source>acme.com (a web address works too)</source>
            <translation>acme.com（也可以粘贴网址）</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message numerus="yes">
            <source>Tier %n</source>
            <translation>
                <numerusform>%n 级</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Name*</source>
            <translation>名称(&amp;N)*</translation>
        </message>
        <message>
            <source>&amp;Domain</source>
            <translation>域名(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Website</source>
            <translation>网站(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Industry</source>
            <translation>行业(&amp;I)</translation>
        </message>
        <message>
            <source>E&amp;mployees</source>
            <translation>员工数(&amp;M)</translation>
        </message>
        <message>
            <source>&amp;Region</source>
            <translation>区域(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Country</source>
            <translation>国家/地区(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Tier</source>
            <translation>层级(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Stage</source>
            <translation>阶段(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Owner (SDR)</source>
            <translation>负责人 (SDR)(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;AE</source>
            <translation>AE(&amp;A)</translation>
        </message>
        <message>
            <source>Descri&amp;ption</source>
            <translation>简介(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>AccountMatch</name>
        <message>
            <source>already a contact</source>
            <extracomment>how an imported contact found its account (app.import_contacts.AccountMatch)</extracomment>
            <translation>已是联系人</translation>
        </message>
        <message>
            <source>e-mail domain</source>
            <translation>邮箱域名</translation>
        </message>
        <message>
            <source>company domain</source>
            <translation>公司域名</translation>
        </message>
        <message>
            <source>same name</source>
            <translation>同名</translation>
        </message>
        <message>
            <source>similar name</source>
            <translation>名称相近</translation>
        </message>
        <message>
            <source>new account</source>
            <translation>新客户</translation>
        </message>
        <message>
            <source>no match</source>
            <translation>未匹配</translation>
        </message>
    </context>
    <context>
        <name>AccountPage</name>
        <message>
            <source>Select an account on the left, or press Ctrl+N to add one.
Import a CSV from Salesforce or HubSpot with File ▸ Import accounts…</source>
            <translation>请在左侧选择一个客户，或按 Ctrl+N 新建。
也可以通过 文件 ▸ 导入客户… 导入 Salesforce 或 HubSpot 的 CSV。</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>概览</translation>
        </message>
    </context>
    <context>
        <name>AccountTableModel</name>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>层级</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>ICP fit</source>
            <translation>匹配度</translation>
        </message>
        <message>
            <source>Why now</source>
            <translation>为何是现在</translation>
        </message>
        <message>
            <source>Latest trigger</source>
            <translation>最新触发事件</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>最近活动</translation>
        </message>
        <message>
            <source>Country / region</source>
            <translation>国家/地区</translation>
        </message>
        <message numerus="yes">
            <source>Tier %n</source>
            <translation>
                <numerusform>%n 级</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountTabs</name>
        <message>
            <source>Why now</source>
            <translation>为何是现在</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>News</source>
            <translation>新闻</translation>
        </message>
        <message>
            <source>Outreach</source>
            <translation>触达</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Why now: trigger events found in this company's news (funding, new executives, expansion…) with the evidence. Coming with trigger detection.</source>
            <translation type="vanished">为何是现在：从这家公司的新闻中找出的触发事件（融资、新高管、业务扩张…）及其证据。将随触发事件识别功能推出。</translation>
        </message>
        <message>
            <source>Outreach: touches and per-tier playbooks, one thread per contact. Coming with outreach.</source>
            <translation type="vanished">触达：触达记录和按层级划分的打法手册，每位联系人一条跟进线索。将随触达功能推出。</translation>
        </message>
        <message>
            <source>Notes for the AE and the account brief. Coming with the hand-off.</source>
            <translation type="vanished">给 AE 的备注和客户简报。将随交接功能推出。</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Open workspace</source>
            <translation>打开工作区</translation>
        </message>
        <message>
            <source>WhyNow workspaces (*.whynow);;All files (*)</source>
            <translation>WhyNow 工作区 (*.whynow);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>定时</translation>
        </message>
        <message>
            <source>By hand</source>
            <translation>手动</translation>
        </message>
        <message>
            <source>Before an import</source>
            <translation>导入之前</translation>
        </message>
        <message>
            <source>Before merging an account file</source>
            <translation>合并客户文件之前</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>恢复之前</translation>
        </message>
        <message>
            <source>WhyNow checked %1 and found a problem.</source>
            <translation>WhyNow 检查了 %1，发现一个问题。</translation>
        </message>
        <message>
            <source>Cannot restore</source>
            <translation>无法恢复</translation>
        </message>
        <message>
            <source>The workspace check could not run: %1</source>
            <translation>无法运行工作区检查：%1</translation>
        </message>
        <message>
            <source>The scheduled backup failed: %1</source>
            <translation>定时备份失败：%1</translation>
        </message>
        <message>
            <source>Backed up the workspace (%1)</source>
            <translation>已备份工作区（%1）</translation>
        </message>
        <message>
            <source>Search index rebuilt: %1 rows</source>
            <translation>搜索索引已重建：%1 行</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups of %1</source>
            <translation>%1 的备份</translation>
        </message>
        <message>
            <source>Backups are kept beside the workspace, in %1. The newest 10 stay, and the newest of each of the last 7 days. WhyNow backs up on a schedule and before imports, merges and restores.</source>
            <translation>备份保存在工作区旁边的 %1 中。保留最新的 10 份，以及最近 7 天每天最新的一份。WhyNow 会定时备份，并在导入、合并和恢复之前备份。</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>备份时间</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>No backups yet. “Back up now” makes the first.</source>
            <translation>还没有备份。点击“立即备份”创建第一份。</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>立即备份(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>恢复(&amp;R)…</translation>
        </message>
        <message>
            <source>Put the selected backup in place of the workspace (the current file is backed up first)</source>
            <translation>用所选备份替换工作区（会先备份当前文件）</translation>
        </message>
        <message>
            <source>Show &amp;folder</source>
            <translation>打开文件夹(&amp;F)</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>出错了</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <source>Backed up to %1 (%2).</source>
            <translation>已备份到 %1（%2）。</translation>
        </message>
        <message>
            <source>Wait for the running task to finish, then restore.</source>
            <translation>请等待当前任务完成后再恢复。</translation>
        </message>
        <message>
            <source>Restore the workspace to the backup from %1?

Everything changed since then is replaced. Your workspace as it is now is backed up first (“Before a restore”), so you can go back to it the same way.</source>
            <translation>将工作区恢复到 %1 的备份？

此后的所有更改都会被替换。当前的工作区会先备份（“恢复之前”），你可以用同样的方法回到现在的状态。</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>正在恢复…</translation>
        </message>
        <message>
            <source>Restored the backup from %1.</source>
            <translation>已恢复 %1 的备份。</translation>
        </message>
    </context>
    <context>
        <name>Brief</name>
        <message>
            <source>Domain</source>
            <extracomment>the newest triggers a brief lists (the rest are counted, not shown) sources listed under one trigger the latest touches shown per thread characters of news text shown on each side of a summary's evidence</extracomment>
            <translation>域名</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>员工人数</translation>
        </message>
        <message>
            <source>Region / country</source>
            <translation>地区/国家</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>层级</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Owner (SDR)</source>
            <translation>负责人 (SDR)</translation>
        </message>
        <message>
            <source>AE</source>
            <translation>AE</translation>
        </message>
        <message>
            <source>About</source>
            <translation>简介</translation>
        </message>
        <message>
            <source>confirmed by you</source>
            <translation>已由你确认</translation>
        </message>
        <message>
            <source>reported</source>
            <translation>已报道</translation>
        </message>
        <message>
            <source>unconfirmed (hedged wording)</source>
            <translation>未证实（措辞含糊）</translation>
        </message>
        <message>
            <source>The account as a whole</source>
            <translation>整个客户</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source> (+1 later step)</source>
            <translation>（其后还有 1 步）</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>某人</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>已置顶</translation>
        </message>
        <message>
            <source>1 older trigger not shown.</source>
            <translation>另有 1 个较早的触发事件未列出。</translation>
        </message>
        <message>
            <source>1 dismissed trigger left out.</source>
            <translation>1 个已忽略的触发事件未列入。</translation>
        </message>
        <message>
            <source>ICP fit: not scored (no ideal customer profile defined).</source>
            <translation>ICP 匹配度：未评分（尚未定义理想客户画像）。</translation>
        </message>
        <message>
            <source>No stage changes recorded.</source>
            <translation>没有阶段变更记录。</translation>
        </message>
        <message>
            <source>No trigger events found in this account's news yet.</source>
            <extracomment>Fonts: the system's own first, then fonts that carry Chinese on each platform. Plain CSS that both browsers and Qt's rich text (ui/pdf.py) understand.</extracomment>
            <translation>尚未在该客户的新闻中发现触发事件。</translation>
        </message>
        <message>
            <source>Evidence:</source>
            <translation>证据：</translation>
        </message>
        <message>
            <source>Approach first:</source>
            <translation>优先接触：</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>来源：</translation>
        </message>
        <message>
            <source>Nobody known yet.</source>
            <translation>还没有已知的联系人。</translation>
        </message>
        <message>
            <source>No touches logged yet.</source>
            <translation>还没有触达记录。</translation>
        </message>
        <message>
            <source>No open tasks.</source>
            <translation>没有待办任务。</translation>
        </message>
        <message>
            <source>No notes yet.</source>
            <translation>还没有备注。</translation>
        </message>
        <message>
            <source>engaged</source>
            <translation>已互动</translation>
        </message>
        <message>
            <source>image</source>
            <translation>图片</translation>
        </message>
        <message>
            <source>Cold</source>
            <translation type="vanished">未接触</translation>
        </message>
        <message>
            <source>Engaged</source>
            <translation type="vanished">已互动</translation>
        </message>
        <message>
            <source>MQA</source>
            <translation type="vanished">MQA</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation type="vanished">已约会议</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation type="vanished">商机</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation type="vanished">成交客户</translation>
        </message>
        <message>
            <source>Renewal / expansion</source>
            <translation type="vanished">续约/扩展</translation>
        </message>
        <message>
            <source>Funding</source>
            <translation type="vanished">融资</translation>
        </message>
        <message>
            <source>Acquisition</source>
            <translation type="vanished">收购</translation>
        </message>
        <message>
            <source>Leadership change</source>
            <translation type="vanished">高管变动</translation>
        </message>
        <message>
            <source>Expansion</source>
            <translation type="vanished">业务扩张</translation>
        </message>
        <message>
            <source>Product launch</source>
            <translation type="vanished">产品发布</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation type="vanished">合作</translation>
        </message>
        <message>
            <source>Hiring</source>
            <translation type="vanished">招聘</translation>
        </message>
        <message>
            <source>Layoffs / restructuring</source>
            <translation type="vanished">裁员/重组</translation>
        </message>
        <message>
            <source>IPO</source>
            <translation type="vanished">上市 (IPO)</translation>
        </message>
        <message>
            <source>Financial results</source>
            <translation type="vanished">财报发布</translation>
        </message>
        <message>
            <source>Security incident</source>
            <translation type="vanished">安全事件</translation>
        </message>
        <message>
            <source>Award</source>
            <translation type="vanished">获奖</translation>
        </message>
        <message>
            <source>C-Level/VP</source>
            <translation type="vanished">高管/副总裁</translation>
        </message>
        <message>
            <source>Director</source>
            <translation type="vanished">总监</translation>
        </message>
        <message>
            <source>Practitioner</source>
            <translation type="vanished">执行层</translation>
        </message>
        <message>
            <source>Not classified</source>
            <translation type="vanished">未分类</translation>
        </message>
        <message>
            <source>decision maker</source>
            <translation>决策者</translation>
        </message>
        <message>
            <source>economic buyer</source>
            <translation>预算决策人</translation>
        </message>
        <message>
            <source>champion</source>
            <translation>内部支持者</translation>
        </message>
        <message>
            <source>influencer</source>
            <translation>影响者</translation>
        </message>
        <message>
            <source>evaluator</source>
            <translation>评估者</translation>
        </message>
        <message>
            <source>user</source>
            <translation>使用者</translation>
        </message>
        <message>
            <source>blocker</source>
            <translation>阻碍者</translation>
        </message>
        <message>
            <source>not contacted yet</source>
            <translation>尚未联系</translation>
        </message>
        <message>
            <source>waiting for a reply</source>
            <translation>等待回复</translation>
        </message>
        <message>
            <source>no answer yet (gone cold)</source>
            <translation>尚无回复（已冷却）</translation>
        </message>
        <message>
            <source>replied, positive</source>
            <translation>已回复，积极</translation>
        </message>
        <message>
            <source>replied, neutral</source>
            <translation>已回复，中性</translation>
        </message>
        <message>
            <source>replied, negative</source>
            <translation>已回复，消极</translation>
        </message>
        <message>
            <source>asked us to stop</source>
            <translation>要求停止联系</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <source>no answer</source>
            <translation>无应答</translation>
        </message>
        <message>
            <source>left a voicemail</source>
            <translation>已留言</translation>
        </message>
        <message>
            <source>connected</source>
            <translation>已接通</translation>
        </message>
        <message>
            <source>positive reply</source>
            <translation>积极回复</translation>
        </message>
        <message>
            <source>neutral reply</source>
            <translation>中性回复</translation>
        </message>
        <message>
            <source>negative reply</source>
            <translation>消极回复</translation>
        </message>
        <message>
            <source>meeting booked</source>
            <translation>已约会议</translation>
        </message>
        <message>
            <source>bounced</source>
            <translation>退信</translation>
        </message>
        <message>
            <source>opted out</source>
            <translation>已退订</translation>
        </message>
        <message>
            <source>active</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>left the company</source>
            <translation>已离职</translation>
        </message>
        <message>
            <source>do not contact</source>
            <translation>请勿联系</translation>
        </message>
        <message>
            <source>{year}-{month:02}-{day:02}</source>
            <translation>{year}年{month}月{day}日</translation>
        </message>
        <message>
            <source>{playbook} playbook, {status}; next: {channel} due {date}</source>
            <translation>打法手册“{playbook}”，{status}；下一步：{channel}，{date}到期</translation>
        </message>
        <message>
            <source>{when}: {task}</source>
            <translation>{when}：{task}</translation>
        </message>
        <message>
            <source>({points:g} of {weight:g} points)</source>
            <translation>（{points:g}/{weight:g} 分）</translation>
        </message>
        <message>
            <source>Prepared {date} with WhyNow.</source>
            <translation>于{date}用 WhyNow 编写。</translation>
        </message>
        <message>
            <source>Account brief: {name}</source>
            <translation>客户简报：{name}</translation>
        </message>
        <message>
            <source>{playbook} playbook, {status}</source>
            <translation>打法手册“{playbook}”，{status}</translation>
        </message>
        <message>
            <source>created as {stage}</source>
            <translation>创建，阶段为“{stage}”</translation>
        </message>
        <message>
            <source>{change}, by {name}</source>
            <translation>{change}，操作人：{name}</translation>
        </message>
        <message>
            <source>{change} ({reason})</source>
            <translation>{change}（{reason}）</translation>
        </message>
        <message>
            <source>{date} {channel} from them: {outcome}</source>
            <translation>{date} {channel}（对方发来）：{outcome}</translation>
        </message>
        <message>
            <source>{date} {channel} to them: {outcome}</source>
            <translation>{date} {channel}（我方发出）：{outcome}</translation>
        </message>
        <message>
            <source>due {date}</source>
            <translation>{date}到期</translation>
        </message>
        <message>
            <source>by {name}, {date}</source>
            <translation>{name} 写于{date}</translation>
        </message>
        <message>
            <source>Prepared {date} by {name} with WhyNow.</source>
            <translation>由 {name} 于{date}用 WhyNow 编写。</translation>
        </message>
        <message>
            <source>{tier}. {why}</source>
            <translation>{tier}。{why}</translation>
        </message>
        <message>
            <source>image: {name}</source>
            <translation>图片：{name}</translation>
        </message>
        <message>
            <source>Why-now score: {score} / 100</source>
            <translation>“为何是现在”得分：{score} / 100</translation>
        </message>
        <message>
            <source>Tier {tier}</source>
            <translation>{tier} 级</translation>
        </message>
        <message>
            <source>{count} touch, last {date}</source>
            <translation>{count} 次触达，最近一次在{date}</translation>
        </message>
        <message>
            <source>{count} touches, last {date}</source>
            <translation>{count} 次触达，最近一次在{date}</translation>
        </message>
        <message>
            <source>engaged: {reason}</source>
            <translation>已互动：{reason}</translation>
        </message>
        <message>
            <source>due {date}, 1 day overdue</source>
            <translation>{date}到期，已逾期 1 天</translation>
        </message>
        <message>
            <source>due {date}, {days} days overdue</source>
            <translation>{date}到期，已逾期 {days} 天</translation>
        </message>
        <message>
            <source> (+{count} later steps)</source>
            <translation>（其后还有 {count} 步）</translation>
        </message>
        <message>
            <source>edited by {name}, {date}</source>
            <translation>{name} 编辑于{date}</translation>
        </message>
        <message>
            <source>about {name}</source>
            <translation>关于 {name}</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label}：</translation>
        </message>
        <message>
            <source>Not contacted yet: {names}</source>
            <translation>尚未联系：{names}</translation>
        </message>
        <message>
            <source>known {known}, engaged {engaged}</source>
            <translation>已知 {known}，已互动 {engaged}</translation>
        </message>
        <message>
            <source>{count} older triggers not shown.</source>
            <translation>另有 {count} 个较早的触发事件未列出。</translation>
        </message>
        <message>
            <source>{count} dismissed triggers left out.</source>
            <translation>{count} 个已忽略的触发事件未列入。</translation>
        </message>
        <message>
            <source>Facts and ICP fit</source>
            <translation>基本信息与 ICP 匹配度</translation>
        </message>
        <message>
            <source>Stage history</source>
            <translation>阶段历史</translation>
        </message>
        <message>
            <source>Why now</source>
            <translation>为何是现在</translation>
        </message>
        <message>
            <source>(rule {rule})</source>
            <translation>（规则 {rule}）</translation>
        </message>
        <message>
            <source>Buying committee</source>
            <translation>采购委员会</translation>
        </message>
        <message>
            <source>Outreach</source>
            <translation>触达</translation>
        </message>
        <message>
            <source>Open next steps</source>
            <translation>待办的下一步</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>ICP fit: {score} / 100</source>
            <translation>ICP 匹配度：{score} / 100</translation>
        </message>
        <message>
            <source>Gaps:</source>
            <translation>缺口：</translation>
        </message>
        <message>
            <source>Talking point:</source>
            <translation>沟通要点：</translation>
        </message>
        <message>
            <source>Wrote the brief of {name} to {path}</source>
            <translation>已将 {name} 的简报写入 {path}</translation>
        </message>
        <message>
            <source>Wrote the brief of {name} (1 page) to {path}</source>
            <translation>已将 {name} 的简报（1 页）写入 {path}</translation>
        </message>
        <message>
            <source>Wrote the brief of {name} ({pages} pages) to {path}</source>
            <translation>已将 {name} 的简报（{pages} 页）写入 {path}</translation>
        </message>
        <message>
            <source>Known {known} · engaged {engaged}</source>
            <translation>已知 {known} · 已互动 {engaged}</translation>
        </message>
        <message>
            <source>(target: {target})</source>
            <translation>（目标：{target}）</translation>
        </message>
    </context>
    <context>
        <name>BriefChannel</name>
        <message>
            <source>E-mail</source>
            <translation type="vanished">邮件</translation>
        </message>
        <message>
            <source>Call</source>
            <translation type="vanished">电话</translation>
        </message>
        <message>
            <source>Voicemail</source>
            <translation type="vanished">语音留言</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation type="vanished">领英</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation type="vanished">短信</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation type="vanished">会议</translation>
        </message>
        <message>
            <source>Event</source>
            <translation type="vanished">活动</translation>
        </message>
        <message>
            <source>Other</source>
            <translation type="vanished">其他</translation>
        </message>
    </context>
    <context>
        <name>BuyingRole</name>
        <message>
            <source>Decision maker</source>
            <translation>决策者</translation>
        </message>
        <message>
            <source>Economic buyer</source>
            <translation>预算决策人</translation>
        </message>
        <message>
            <source>Champion</source>
            <translation>内部支持者</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>影响者</translation>
        </message>
        <message>
            <source>Evaluator</source>
            <translation>评估者</translation>
        </message>
        <message>
            <source>User</source>
            <translation>使用者</translation>
        </message>
        <message>
            <source>Blocker</source>
            <translation>阻碍者</translation>
        </message>
        <message>
            <source>Role unknown</source>
            <translation>角色未知</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <source>E-mail</source>
            <translation>邮件</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Voicemail</source>
            <translation>语音留言</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>领英</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>短信</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>ChooseAccountsDialog</name>
        <message>
            <source>Export account file</source>
            <translation>导出客户文件</translation>
        </message>
        <message>
            <source>Filter by name or domain</source>
            <translation>按名称或域名筛选</translation>
        </message>
        <message>
            <source>The file holds each account with its people, news, triggers, outreach and notes. The AE can review it read-only or import it, and send it back to merge.</source>
            <translation>该文件包含每个客户及其人员、新闻、触发事件、触达和备注。AE 可以只读审阅或导入它，再发回来合并。</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Export %n account(s)…</source>
            <translation>
                <numerusform>导出 %n 个客户(&amp;E)…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>nothing new</source>
            <translation>没有新内容</translation>
        </message>
        <message>
            <source>local</source>
            <translation>本地</translation>
        </message>
        <message>
            <source>incoming</source>
            <translation>导入文件</translation>
        </message>
        <message>
            <source>No accounts yet. Add one with `whynow accounts add NAME --domain DOMAIN`.</source>
            <translation>还没有客户。用 `whynow accounts add 名称 --domain 域名` 添加一个。</translation>
        </message>
        <message>
            <source>no domain</source>
            <translation>无域名</translation>
        </message>
        <message>
            <source>industry unknown</source>
            <translation>行业未知</translation>
        </message>
        <message>
            <source>Stage history:</source>
            <translation>阶段历史：</translation>
        </message>
        <message>
            <source>created</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>No feed found on that page.</source>
            <translation>该页面上没有找到订阅源。</translation>
        </message>
        <message>
            <source>1 entry</source>
            <translation>1 条</translation>
        </message>
        <message>
            <source>No feeds yet. Find some with `whynow feeds discover https://company.example`.</source>
            <translation>还没有订阅源。用 `whynow feeds discover https://company.example` 查找。</translation>
        </message>
        <message>
            <source>1 item</source>
            <translation>1 条内容</translation>
        </message>
        <message>
            <source>Feed removed.</source>
            <translation>已移除订阅源。</translation>
        </message>
        <message>
            <source>Added 1 feed.</source>
            <translation>已添加 1 个订阅源。</translation>
        </message>
        <message>
            <source>No feeds to refresh. Add one with `whynow feeds add URL --account DOMAIN`.</source>
            <translation>没有可刷新的订阅源。用 `whynow feeds add 地址 --account 域名` 添加。</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>无日期</translation>
        </message>
        <message>
            <source>Imported 1 signal row.</source>
            <translation>已导入 1 行信号。</translation>
        </message>
        <message>
            <source>The text is the same; nothing changed.</source>
            <translation>文字相同，没有更改。</translation>
        </message>
        <message>
            <source>nobody named</source>
            <translation>未署名</translation>
        </message>
        <message>
            <source>[pinned]</source>
            <translation>[已置顶]</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>（已删除）</translation>
        </message>
        <message>
            <source>a removed contact</source>
            <translation>已删除的联系人</translation>
        </message>
        <message>
            <source>1 note</source>
            <translation>1 条备注</translation>
        </message>
        <message>
            <source>say what to search for, e.g. `whynow search 融资`</source>
            <extracomment>group headings by kind (--json keeps app.search's English "label")</extracomment>
            <translation>请说明要搜索什么，例如 `whynow search 融资`</translation>
        </message>
        <message>
            <source>yes</source>
            <extracomment>`workspace info` labels (the JSON keys in English)</extracomment>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>1 touch</source>
            <translation>1 次触达</translation>
        </message>
        <message>
            <source>(account as a whole)</source>
            <translation>（整个客户）</translation>
        </message>
        <message>
            <source>engaged</source>
            <translation>已互动</translation>
        </message>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>1 task due</source>
            <translation>1 个任务到期</translation>
        </message>
        <message>
            <source>1 contact</source>
            <translation>1 位联系人</translation>
        </message>
        <message>
            <source>1 task</source>
            <translation>1 个任务</translation>
        </message>
        <message>
            <source>1 contact reached</source>
            <translation>已触达 1 位联系人</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>1 minute</source>
            <translation>1 分钟</translation>
        </message>
        <message>
            <source>Would merge {names} (exported by {who}):</source>
            <translation>将合并 {names}（由 {who} 导出）：</translation>
        </message>
        <message>
            <source>Wrote 1 account, {total} records, to {path}</source>
            <translation>已将 1 个客户（共 {total} 条记录）写入 {path}</translation>
        </message>
        <message>
            <source>Wrote {n} accounts, {total} records, to {path}</source>
            <translation>已将 {n} 个客户（共 {total} 条记录）写入 {path}</translation>
        </message>
        <message>
            <source>Merged {names} (exported by {who}):</source>
            <translation>已合并 {names}（由 {who} 导出）：</translation>
        </message>
        <message>
            <source>{new} new, {updated} updated, {kept} kept (ours newer)</source>
            <translation>新增 {new}，更新 {updated}，保留 {kept}（本地较新）</translation>
        </message>
        <message>
            <source>Would merge {names}:</source>
            <translation>将合并 {names}：</translation>
        </message>
        <message>
            <source>Merged {names}:</source>
            <translation>已合并 {names}：</translation>
        </message>
        <message>
            <source>kept {side} value {kept}, earlier value {other} recorded</source>
            <translation>保留{side}的值 {kept}，较早的值 {other} 已记入合并日志</translation>
        </message>
        <message>
            <source>tier {tier}</source>
            <translation>{tier} 级</translation>
        </message>
        <message>
            <source>{employees} employees</source>
            <translation>{employees} 名员工</translation>
        </message>
        <message>
            <source>{n} account</source>
            <translation>{n} 个客户</translation>
        </message>
        <message>
            <source>{n} accounts</source>
            <translation>{n} 个客户</translation>
        </message>
        <message>
            <source>Added {name} ({domain}), tier {tier}, id {id}</source>
            <translation>已添加 {name}（{domain}），{tier} 级，ID {id}</translation>
        </message>
        <message>
            <source>Archived {name}. Undo: whynow accounts unarchive {key}</source>
            <translation>已归档 {name}。撤销：whynow accounts unarchive {key}</translation>
        </message>
        <message>
            <source>{name} is back in the list.</source>
            <translation>{name} 已回到列表中。</translation>
        </message>
        <message>
            <source>ICP fit {score}/100</source>
            <translation>ICP 匹配度 {score}/100</translation>
        </message>
        <message>
            <source>Restored {path} from {source}.</source>
            <translation>已从 {source} 恢复 {path}。</translation>
        </message>
        <message>
            <source>Backed up to {path} ({size}).</source>
            <translation>已备份到 {path}（{size}）。</translation>
        </message>
        <message>
            <source>No backups of {path} yet. Make one with `whynow backup`.</source>
            <translation>{path} 还没有备份。用 `whynow backup` 备份一次。</translation>
        </message>
        <message>
            <source>1 backup in {folder}</source>
            <translation>{folder} 中有 1 份备份</translation>
        </message>
        <message>
            <source>{n} backups in {folder}</source>
            <translation>{folder} 中有 {n} 份备份</translation>
        </message>
        <message>
            <source>Kept the workspace as it was in {copy} (byte for byte: it was damaged).</source>
            <translation>已将原来的工作区保存在 {copy}（逐字节复制：它已损坏）。</translation>
        </message>
        <message>
            <source>Kept the workspace as it was in {copy}.</source>
            <translation>已将原来的工作区保存在 {copy}。</translation>
        </message>
        <message>
            <source>Wrote 1 account to {path}</source>
            <translation>已将 1 个客户写入 {path}</translation>
        </message>
        <message>
            <source>Wrote {n} accounts to {path}</source>
            <translation>已将 {n} 个客户写入 {path}</translation>
        </message>
        <message>
            <source>{name} now follows {url} (feed id {id}). Run `whynow refresh` to fetch it.</source>
            <translation>{name} 已关注 {url}（订阅源 ID {id}）。运行 `whynow refresh` 抓取内容。</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>已写入 {path}</translation>
        </message>
        <message>
            <source>{n} entries</source>
            <translation>{n} 条</translation>
        </message>
        <message>
            <source>{n} items</source>
            <translation>{n} 条内容</translation>
        </message>
        <message>
            <source>Added {n} feeds.</source>
            <translation>已添加 {n} 个订阅源。</translation>
        </message>
        <message>
            <source>No items for {name} yet. Add a feed and run `whynow refresh`.</source>
            <translation>{name} 还没有内容。添加订阅源后运行 `whynow refresh`。</translation>
        </message>
        <message>
            <source>skipped {url}: {reason}</source>
            <translation>已跳过 {url}：{reason}</translation>
        </message>
        <message>
            <source>1 feed in {seconds:.1f} s: {ok} updated, {unchanged} unchanged, {failed} failed; {items} new items, {triggers} new trigger events.</source>
            <translation>1 个订阅源，用时 {seconds:.1f} 秒：{ok} 个有更新，{unchanged} 个无变化，{failed} 个失败；新增 {items} 条内容，{triggers} 个新触发事件。</translation>
        </message>
        <message>
            <source>{n} feeds in {seconds:.1f} s: {ok} updated, {unchanged} unchanged, {failed} failed; {items} new items, {triggers} new trigger events.</source>
            <translation>{n} 个订阅源，用时 {seconds:.1f} 秒：{ok} 个有更新，{unchanged} 个无变化，{failed} 个失败；新增 {items} 条内容，{triggers} 个新触发事件。</translation>
        </message>
        <message>
            <source>Columns: {columns}</source>
            <translation>列：{columns}</translation>
        </message>
        <message>
            <source>Would import {new} new, {updated} updated, {skipped} skipped (already present), {errors} with errors.</source>
            <translation>将导入：新增 {new}，更新 {updated}，跳过 {skipped}（已存在），{errors} 行有错误。</translation>
        </message>
        <message>
            <source>Imported {new} new, {updated} updated, {skipped} skipped (already present), {errors} with errors.</source>
            <translation>已导入：新增 {new}，更新 {updated}，跳过 {skipped}（已存在），{errors} 行有错误。</translation>
        </message>
        <message>
            <source>Imported {n} signal rows.</source>
            <translation>已导入 {n} 行信号。</translation>
        </message>
        <message>
            <source>Not imported (unrecognised): {columns}</source>
            <translation>未导入（无法识别）：{columns}</translation>
        </message>
        <message>
            <source>row {row}: {message}</source>
            <translation>第 {row} 行：{message}</translation>
        </message>
        <message>
            <source>no account for: {domains}</source>
            <translation>没有对应客户：{domains}</translation>
        </message>
        <message>
            <source>warning: {warning}</source>
            <translation>警告：{warning}</translation>
        </message>
        <message>
            <source>Edited note {id}; `whynow note history {id}` shows the earlier text.</source>
            <translation>已编辑备注 {id}；`whynow note history {id}` 可查看之前的文字。</translation>
        </message>
        <message>
            <source>Pinned note {id}.</source>
            <translation>已置顶备注 {id}。</translation>
        </message>
        <message>
            <source>Unpinned note {id}.</source>
            <translation>已取消置顶备注 {id}。</translation>
        </message>
        <message>
            <source>Deleted note {id}. Undo: whynow note restore {id}</source>
            <translation>已删除备注 {id}。撤销：whynow note restore {id}</translation>
        </message>
        <message>
            <source>Restored note {id}.</source>
            <translation>已恢复备注 {id}。</translation>
        </message>
        <message>
            <source>— version {i}, by {author}, {at} (current)</source>
            <translation>— 第 {i} 版，{author}，{at}（当前）</translation>
        </message>
        <message>
            <source>— version {i}, by {author}, {at} (replaced {replaced})</source>
            <translation>— 第 {i} 版，{author}，{at}（于 {replaced} 被替换）</translation>
        </message>
        <message>
            <source>No notes on {name} yet. Add one with `whynow note add --account {key} TEXT`.</source>
            <translation>{name} 还没有备注。用 `whynow note add --account {key} 文字` 添加一条。</translation>
        </message>
        <message>
            <source>{n} notes</source>
            <translation>{n} 条备注</translation>
        </message>
        <message>
            <source>Added a note to {name} (pinned), id {id}</source>
            <translation>已为 {name} 添加备注（已置顶），ID {id}</translation>
        </message>
        <message>
            <source>Added a note to {name}, id {id}</source>
            <translation>已为 {name} 添加备注，ID {id}</translation>
        </message>
        <message>
            <source>about {name}</source>
            <translation>关于 {name}</translation>
        </message>
        <message>
            <source>edited {date}</source>
            <translation>编辑于 {date}</translation>
        </message>
        <message>
            <source>{minutes:g} minutes</source>
            <translation>{minutes:g} 分钟</translation>
        </message>
        <message>
            <source>Logged {direction} {channel} ({outcome}) with {who} at {at}. id {id}</source>
            <translation>已记录与 {who} 的{channel}触达（{direction}，{outcome}），时间 {at}。ID {id}</translation>
        </message>
        <message>
            <source>Deleted the touch ({summary}). Undo: whynow touch restore {id}</source>
            <translation>已删除该触达（{summary}）。撤销：whynow touch restore {id}</translation>
        </message>
        <message>
            <source>Restored the touch ({channel} {outcome} on {date}).</source>
            <translation>已恢复该触达（{date} 的{channel}，{outcome}）。</translation>
        </message>
        <message>
            <source>{name}: relationship {score}/100 ({trend:+d} in 30 days)</source>
            <translation>{name}：关系 {score}/100（30 天内 {trend:+d}）</translation>
        </message>
        <message>
            <source>{n} contacts</source>
            <translation>{n} 位联系人</translation>
        </message>
        <message>
            <source>{n} tasks</source>
            <translation>{n} 个任务</translation>
        </message>
        <message>
            <source>Enrolled {contacts} in {playbook}: {tasks} from {date}.</source>
            <translation>已将 {contacts}加入 {playbook}：自 {date} 起共 {tasks}。</translation>
        </message>
        <message>
            <source>Skipped: {title}</source>
            <translation>已跳过：{title}</translation>
        </message>
        <message>
            <source>Snoozed until {date}: {title}</source>
            <translation>已推迟到 {date}：{title}</translation>
        </message>
        <message>
            <source>No touches logged for {name} yet.</source>
            <translation>{name} 还没有记录触达。</translation>
        </message>
        <message>
            <source>{n} touches</source>
            <translation>{n} 次触达</translation>
        </message>
        <message>
            <source>last {age}</source>
            <translation>最近 {age}</translation>
        </message>
        <message>
            <source>score {score:&gt;3}</source>
            <translation>得分 {score:&gt;3}</translation>
        </message>
        <message>
            <source>Nothing due on {date}.</source>
            <translation>{date} 没有到期任务。</translation>
        </message>
        <message>
            <source>{days}d overdue</source>
            <translation>逾期 {days} 天</translation>
        </message>
        <message>
            <source>{n} tasks due</source>
            <translation>{n} 个任务到期</translation>
        </message>
        <message>
            <source>Wrote 1 task to {path}</source>
            <translation>已将 1 个任务写入 {path}</translation>
        </message>
        <message>
            <source>Wrote {n} tasks to {path}</source>
            <translation>已将 {n} 个任务写入 {path}</translation>
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation>警告：{warning}</translation>
        </message>
        <message>
            <source>{days}d ago</source>
            <translation>{days} 天前</translation>
        </message>
        <message>
            <source>{n:&gt;3} touch</source>
            <translation>{n:&gt;3} 次触达</translation>
        </message>
        <message>
            <source>{n:&gt;3} touches</source>
            <translation>{n:&gt;3} 次触达</translation>
        </message>
        <message>
            <source>task {id}</source>
            <translation>任务 {id}</translation>
        </message>
        <message>
            <source>skipped {name}: {reason}</source>
            <translation>已跳过 {name}：{reason}</translation>
        </message>
        <message>
            <source>no value yet for: {names} (fallback words used or the line left out)</source>
            <translation>尚未填写：{names}（已使用备用措辞，或省略了该行）</translation>
        </message>
        <message>
            <source>day {day} {channel}</source>
            <translation>第 {day} 天 {channel}</translation>
        </message>
        <message>
            <source>Timing research on {name} since {at}.</source>
            <translation>自 {at} 起为 {name} 的调研计时。</translation>
        </message>
        <message>
            <source>Stage moved to {stage}: {why}.</source>
            <translation>阶段已改为“{stage}”：{why}。</translation>
        </message>
        <message>
            <source>Suggestion: move to “{stage}” ({why}).</source>
            <translation>建议：改为“{stage}”（{why}）。</translation>
        </message>
        <message>
            <source>Accept with: {command}</source>
            <translation>接受建议：{command}</translation>
        </message>
        <message>
            <source>Stopped: {minutes} on {name}.</source>
            <translation>已停止：{name} 调研 {minutes}。</translation>
        </message>
        <message>
            <source>{minutes} in 1 session</source>
            <translation>共 1 次，{minutes}</translation>
        </message>
        <message>
            <source>{minutes} in {n} sessions</source>
            <translation>共 {n} 次，{minutes}</translation>
        </message>
        <message>
            <source>{n} contacts reached</source>
            <translation>已触达 {n} 位联系人</translation>
        </message>
        <message>
            <source>{minutes:g} min per contact reached</source>
            <translation>每触达一位联系人 {minutes:g} 分钟</translation>
        </message>
        <message>
            <source>timer running since {at}</source>
            <translation>计时器自 {at} 起运行中</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>News</source>
            <translation>新闻</translation>
        </message>
        <message>
            <source>Triggers</source>
            <translation>触发事件</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Touches</source>
            <translation>触达</translation>
        </message>
        <message>
            <source>Rebuilt the search index: {n} rows.</source>
            <translation>已重建搜索索引：{n} 行。</translation>
        </message>
        <message>
            <source>Nothing matches “{query}”.</source>
            <translation>没有与“{query}”匹配的内容。</translation>
        </message>
        <message>
            <source>(untitled)</source>
            <translation>（无标题）</translation>
        </message>
        <message>
            <source>path</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>schema_version</source>
            <translation>架构版本</translation>
        </message>
        <message>
            <source>bytes</source>
            <translation>字节数</translation>
        </message>
        <message>
            <source>accounts</source>
            <translation>客户数</translation>
        </message>
        <message>
            <source>demo</source>
            <translation>演示数据</translation>
        </message>
        <message>
            <source>{path}: ok</source>
            <translation>{path}：正常</translation>
        </message>
        <message>
            <source>Created {path} with {n} demo accounts</source>
            <translation>已创建 {path}，含 {n} 个演示客户</translation>
        </message>
        <message>
            <source>Created {path}</source>
            <translation>已创建 {path}</translation>
        </message>
        <message>
            <source>{path} has problems:</source>
            <translation>{path} 有问题：</translation>
        </message>
        <message>
            <source>{name}: {summary}</source>
            <translation>{name}：{summary}</translation>
        </message>
    </context>
    <context>
        <name>CliChannel</name>
        <message>
            <source>email</source>
            <translation>邮件</translation>
        </message>
        <message>
            <source>call</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>voicemail</source>
            <translation>语音留言</translation>
        </message>
        <message>
            <source>linkedin</source>
            <translation>领英</translation>
        </message>
        <message>
            <source>sms</source>
            <translation>短信</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>event</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>CliOutcome</name>
        <message>
            <source>outbound</source>
            <translation>我方发起</translation>
        </message>
        <message>
            <source>inbound</source>
            <translation>对方发起</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <source>no_answer</source>
            <translation>无应答</translation>
        </message>
        <message>
            <source>left_voicemail</source>
            <translation>已留言</translation>
        </message>
        <message>
            <source>connected</source>
            <translation>已接通</translation>
        </message>
        <message>
            <source>replied_positive</source>
            <translation>积极回复</translation>
        </message>
        <message>
            <source>replied_neutral</source>
            <translation>中性回复</translation>
        </message>
        <message>
            <source>replied_negative</source>
            <translation>消极回复</translation>
        </message>
        <message>
            <source>meeting_booked</source>
            <translation>已约会议</translation>
        </message>
        <message>
            <source>bounced</source>
            <translation>退信</translation>
        </message>
        <message>
            <source>opted_out</source>
            <translation>已退订</translation>
        </message>
    </context>
    <context>
        <name>CliReply</name>
        <message>
            <source>untouched</source>
            <translation>尚未联系</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>等待回复</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>无回音（已冷却）</translation>
        </message>
        <message>
            <source>replied_positive</source>
            <translation>积极回复</translation>
        </message>
        <message>
            <source>replied_neutral</source>
            <translation>中性回复</translation>
        </message>
        <message>
            <source>replied_negative</source>
            <translation>消极回复</translation>
        </message>
        <message>
            <source>opted_out</source>
            <translation>要求停止联系</translation>
        </message>
    </context>
    <context>
        <name>CliStage</name>
        <message>
            <source>cold</source>
            <translation>未接触</translation>
        </message>
        <message>
            <source>engaged</source>
            <translation>已互动</translation>
        </message>
        <message>
            <source>mqa</source>
            <translation>MQA</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>已约会议</translation>
        </message>
        <message>
            <source>opportunity</source>
            <translation>商机</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>成交客户</translation>
        </message>
        <message>
            <source>renewal</source>
            <translation>续约/增购</translation>
        </message>
    </context>
    <context>
        <name>Committee</name>
        <message>
            <source>set for this account</source>
            <extracomment>the persona tiers a committee is made of, most senior first (UNKNOWN is not a target) the built-in names of tiers and departments (resources/committee.json), marked for the catalogue; a name the workspace's own setting gives is shown as the user typed it where the target came from: "tier 1 default" or "set for this account" (contact id, the keyword that placed them in this department): the reason</extracomment>
            <translation>为此客户单独设置</translation>
        </message>
        <message>
            <source>tier {tier} default</source>
            <translation>{tier} 级客户默认</translation>
        </message>
    </context>
    <context>
        <name>CommitteeCli</name>
        <message>
            <source>Committee</source>
            <translation>采购委员会</translation>
        </message>
        <message>
            <source>Gaps:</source>
            <translation>缺口：</translation>
        </message>
        <message>
            <source>No gaps: the committee is covered.</source>
            <translation>没有缺口：采购委员会已覆盖。</translation>
        </message>
        <message>
            <source>{account} (tier {tier}) — buying committee, {source}</source>
            <translation>{account}（{tier} 级客户）— 采购委员会，{source}</translation>
        </message>
        <message>
            <source>known {ratio}</source>
            <translation>已知 {ratio}</translation>
        </message>
    </context>
    <context>
        <name>CommitteeGap</name>
        <message>
            <source>No {tier} yet</source>
            <translation>还没有{tier}联系人</translation>
        </message>
        <message>
            <source>No {tier} engaged yet</source>
            <translation>还没有与{tier}联系人建立互动</translation>
        </message>
        <message>
            <source>No contact yet in {department}</source>
            <translation>{department}部门还没有联系人</translation>
        </message>
        <message>
            <source>{count} contact has no persona tier yet</source>
            <translation>{count} 位联系人还没有角色层级</translation>
        </message>
        <message>
            <source>{count} contacts have no persona tier yet</source>
            <translation>{count} 位联系人还没有角色层级</translation>
        </message>
        <message>
            <source>{count} more {tier} wanted ({known} of {wanted} known)</source>
            <translation>还需要 {count} 位{tier}联系人（目标 {wanted} 位，已知 {known} 位）</translation>
        </message>
    </context>
    <context>
        <name>CommitteeName</name>
        <message>
            <source>C-Level/VP</source>
            <translation>高管/副总裁</translation>
        </message>
        <message>
            <source>C-Level/VPs</source>
            <translation>高管/副总裁</translation>
        </message>
        <message>
            <source>Director</source>
            <translation>总监</translation>
        </message>
        <message>
            <source>Directors</source>
            <translation>总监</translation>
        </message>
        <message>
            <source>Practitioner</source>
            <translation>执行层</translation>
        </message>
        <message>
            <source>Practitioners</source>
            <translation>执行层</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>财务</translation>
        </message>
        <message>
            <source>IT</source>
            <translation>IT</translation>
        </message>
        <message>
            <source>Operations</source>
            <translation>运营</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>销售</translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>市场</translation>
        </message>
        <message>
            <source>Engineering</source>
            <translation>研发</translation>
        </message>
        <message>
            <source>Procurement</source>
            <translation>采购</translation>
        </message>
        <message>
            <source>HR</source>
            <translation>人力资源</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Edit contact</source>
            <translation>编辑联系人</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>新建联系人</translation>
        </message>
        <message>
            <source>e.g. VP Sales, Head of Growth (EMEA), 技术总监</source>
            <translation>例如 销售副总裁、增长负责人 (EMEA)、技术总监</translation>
        </message>
        <message>
            <source>Automatic (from the title)</source>
            <translation>自动（根据职位判断）</translation>
        </message>
        <message>
            <source>(nobody known)</source>
            <translation>（尚不清楚）</translation>
        </message>
        <message>
            <source>&amp;Name*</source>
            <translation>名称(&amp;N)*</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>职位(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Persona tier</source>
            <translation>角色层级(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Department</source>
            <translation>部门(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>邮箱(&amp;E)</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>电话(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;LinkedIn</source>
            <translation>领英(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Buying role</source>
            <translation>采购角色(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>状态(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Reports to</source>
            <translation>汇报对象(&amp;R)</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>备注(&amp;O)</translation>
        </message>
        <message>
            <source>Automatic: %1 (%2)</source>
            <translation>自动判断：%1（%2）</translation>
        </message>
    </context>
    <context>
        <name>ContactStatus</name>
        <message>
            <source>Active</source>
            <translation>在职</translation>
        </message>
        <message>
            <source>Left the company</source>
            <translation>已离职</translation>
        </message>
        <message>
            <source>Do not contact</source>
            <translation>请勿联系</translation>
        </message>
    </context>
    <context>
        <name>ContactsCli</name>
        <message>
            <source>set by hand</source>
            <translation>手动设置</translation>
        </message>
        <message>
            <source>row {number}</source>
            <translation>第 {number} 行</translation>
        </message>
        <message>
            <source>{count} contact(s) at {account}  (* tier set by hand)</source>
            <translation>{account} 共 {count} 位联系人（* 表示层级为手动设置）</translation>
        </message>
        <message>
            <source>Deleted {name}. Undo: whynow contacts restore {id}</source>
            <translation>已删除 {name}。撤销：whynow contacts restore {id}</translation>
        </message>
        <message>
            <source>{name} is back.</source>
            <translation>{name} 已恢复。</translation>
        </message>
        <message>
            <source>Moved {name} to {account}.</source>
            <translation>已将 {name} 移到 {account}。</translation>
        </message>
        <message>
            <source>Checked {checked} contact(s), {changed} changed; {kept} tier(s) set by hand kept.</source>
            <translation>已检查 {checked} 位联系人，{changed} 位有变化；保留了 {kept} 个手动设置的层级。</translation>
        </message>
        <message>
            <source>card {number}</source>
            <translation>第 {number} 张名片</translation>
        </message>
        <message>
            <source>No contacts at {account} yet. Add one with `whynow contacts add`.</source>
            <translation>{account} 还没有联系人。可用 `whynow contacts add` 添加。</translation>
        </message>
        <message>
            <source>Added {name} at {account}: {tier}, id {id}</source>
            <translation>已在 {account} 添加 {name}：{tier}，ID {id}</translation>
        </message>
        <message>
            <source>Saved {name}: {tier}</source>
            <translation>已保存 {name}：{tier}</translation>
        </message>
        <message>
            <source>No contacts at {account} yet.</source>
            <translation>{account} 还没有联系人。</translation>
        </message>
        <message>
            <source>Columns: {items}</source>
            <translation>列：{items}</translation>
        </message>
        <message>
            <source>Not imported (unrecognised): {items}</source>
            <translation>未导入（无法识别）：{items}</translation>
        </message>
        <message>
            <source>Would import {new} new, {updated} updated, {skipped} skipped (already present), {errors} with errors.</source>
            <translation>将导入：新增 {new}，更新 {updated}，跳过 {skipped}（已存在），出错 {errors}。</translation>
        </message>
        <message>
            <source>Imported {new} new, {updated} updated, {skipped} skipped (already present), {errors} with errors.</source>
            <translation>已导入：新增 {new}，更新 {updated}，跳过 {skipped}（已存在），出错 {errors}。</translation>
        </message>
        <message>
            <source>Left out {count} contact(s) at companies with no account ({names}); use --create-accounts to create them.</source>
            <translation>略过了 {count} 位所在公司没有客户的联系人（{names}）；用 --create-accounts 可新建这些客户。</translation>
        </message>
        <message>
            <source>Left out {count} contact(s) whose company only nearly matches an account; check below, then use --accept-fuzzy.</source>
            <translation>略过了 {count} 位公司名只与客户近似匹配的联系人；请核对下方列表，再使用 --accept-fuzzy。</translation>
        </message>
        <message>
            <source>Would create {count} account(s).</source>
            <translation>将新建 {count} 个客户。</translation>
        </message>
        <message>
            <source>Created {count} account(s).</source>
            <translation>已新建 {count} 个客户。</translation>
        </message>
        <message>
            <source>warning: {text}</source>
            <translation>警告：{text}</translation>
        </message>
        <message>
            <source>no title</source>
            <translation>无职位</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}：{problem}</translation>
        </message>
    </context>
    <context>
        <name>ContactsImportDialog</name>
        <message>
            <source>Import contacts from %1</source>
            <translation>从 %1 导入联系人</translation>
        </message>
        <message>
            <source>%1 new, %2 already known, %3 with errors, %4 need you to confirm the account.</source>
            <translation>新增 %1 人，已存在 %2 人，出错 %3 人，另有 %4 人需要你确认所属客户。</translation>
        </message>
        <message>
            <source>Columns: %1</source>
            <translation>列对应：%1</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Import?</source>
            <translation>导入？</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职位</translation>
        </message>
        <message>
            <source>Persona tier</source>
            <translation>角色层级</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Tick to accept the suggested account</source>
            <translation>勾选以采用建议的客户</translation>
        </message>
        <message>
            <source>Create accounts for %1 unknown companies</source>
            <translation>为 %1 家未知公司新建客户</translation>
        </message>
        <message>
            <source>Skip known contacts</source>
            <translation>跳过已有联系人</translation>
        </message>
        <message>
            <source>Update known contacts</source>
            <translation>更新已有联系人</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>DashboardWindow</name>
        <message>
            <source>ABM dashboard — %1</source>
            <translation>ABM 仪表盘 — %1</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>最近 30 天</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>最近 90 天</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>最近 12 个月</translation>
        </message>
        <message>
            <source>All tiers</source>
            <translation>全部层级</translation>
        </message>
        <message numerus="yes">
            <source>Tier %n</source>
            <translation>
                <numerusform>%n 级</numerusform>
            </translation>
        </message>
        <message>
            <source>Export &amp;HTML…</source>
            <translation>导出 HTML(&amp;H)…</translation>
        </message>
        <message>
            <source>Export &amp;CSV…</source>
            <translation>导出 CSV(&amp;C)…</translation>
        </message>
        <message>
            <source>Save charts as &amp;PNG…</source>
            <translation>将图表保存为 PNG(&amp;P)…</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>周期：</translation>
        </message>
        <message>
            <source>Accounts by stage</source>
            <translation>各阶段客户数</translation>
        </message>
        <message>
            <source>Buying-committee penetration by tier</source>
            <translation>各层级采购委员会渗透率</translation>
        </message>
        <message>
            <source>Trigger events by month</source>
            <translation>每月触发事件</translation>
        </message>
        <message>
            <source>Stage moves by week</source>
            <translation>每周阶段变动</translation>
        </message>
        <message>
            <source>Funnel &amp;&amp; KPIs</source>
            <translation>漏斗与 KPI</translation>
        </message>
        <message>
            <source>Quota planner</source>
            <translation>配额规划</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>正在计算…</translation>
        </message>
        <message>
            <source>Hover a figure for its definition; click it to see the accounts behind it.</source>
            <translation>将鼠标悬停在数字上可查看定义；点击可查看对应的客户。</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Penetration %</source>
            <translation>渗透率 %</translation>
        </message>
        <message>
            <source>Moved forward</source>
            <translation>推进</translation>
        </message>
        <message>
            <source>Moved back</source>
            <translation>回退</translation>
        </message>
        <message>
            <source>No account list for this figure.</source>
            <translation>此数字没有对应的客户列表。</translation>
        </message>
        <message>
            <source>ABM dashboard</source>
            <translation>ABM 仪表盘</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>上期</translation>
        </message>
        <message>
            <source>Definition</source>
            <translation>定义</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>无法导出</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>已导出到 %1</translation>
        </message>
        <message>
            <source>Export dashboard</source>
            <translation>导出仪表盘</translation>
        </message>
        <message>
            <source>HTML (*.html)</source>
            <translation>HTML 文件 (*.html)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Save charts into</source>
            <translation>将图表保存到</translation>
        </message>
        <message>
            <source>Saved %1 charts</source>
            <translation>已保存 %1 张图表</translation>
        </message>
    </context>
    <context>
        <name>DealsCli</name>
        <message>
            <source>No deals yet. Add one with `whynow deals add --account DOMAIN --name NAME --mrr 5000`.</source>
            <extracomment>deal kinds and statuses as words (the codes stay in --json and on the command line)</extracomment>
            <translation>还没有交易。可用 `whynow deals add --account DOMAIN --name NAME --mrr 5000` 添加。</translation>
        </message>
        <message>
            <source>Cost recorded.</source>
            <translation>已记录成本。</translation>
        </message>
        <message>
            <source>open</source>
            <translation>进行中</translation>
        </message>
        <message>
            <source>won</source>
            <translation>赢单</translation>
        </message>
        <message>
            <source>lost</source>
            <translation>丢单</translation>
        </message>
        <message>
            <source>new</source>
            <translation>新购</translation>
        </message>
        <message>
            <source>expansion</source>
            <translation>增购</translation>
        </message>
        <message>
            <source>renewal</source>
            <translation>续约</translation>
        </message>
        <message>
            <source>Added deal “{name}” for {account}: {mrr:,.0f} MRR, {status} (id {id})</source>
            <translation>已为 {account} 添加交易“{name}”：{mrr:,.0f} MRR，{status}（ID {id}）</translation>
        </message>
        <message>
            <source>“{name}” is {status}.</source>
            <translation>“{name}”已{status}。</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message numerus="yes">
            <source>%n people</source>
            <translation type="vanished">
                <numerusform>%n 人</numerusform>
            </translation>
        </message>
        <message>
            <source>One &amp;person</source>
            <translation>单个联系人(&amp;P)</translation>
        </message>
        <message>
            <source>Everyone in a &amp;tier</source>
            <translation>某层级的所有人(&amp;T)</translation>
        </message>
        <message>
            <source>The tier's own playbook</source>
            <translation>该层级自己的打法手册</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>对象</translation>
        </message>
        <message>
            <source>&amp;Playbook</source>
            <translation>打法手册(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Start on</source>
            <translation>开始日期(&amp;S)</translation>
        </message>
        <message>
            <source>Talking &amp;point</source>
            <translation>沟通要点(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Enrol</source>
            <translation>加入(&amp;E)</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>天</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>要做什么</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>This account has no contacts yet: add people in the People tab first.</source>
            <translation>该客户还没有联系人：请先在“人员”标签页添加。</translation>
        </message>
        <message>
            <source>finishes “We help teams like yours …”</source>
            <translation>用于补全“我们帮助像您这样的团队……”</translation>
        </message>
        <message>
            <source>Skipped: %1.</source>
            <translation>已跳过：%1。</translation>
        </message>
        <message>
            <source>No value for %1: a fallback was used or the line left out.</source>
            <translation>%1 没有值：已使用备用内容或省略该行。</translation>
        </message>
        <message>
            <source>Enrol in a playbook — %1</source>
            <translation>加入打法手册 — %1</translation>
        </message>
        <message>
            <source>%1 more</source>
            <translation>还有 %1 个</translation>
        </message>
        <message>
            <source>There is no playbook for %1 contacts: choose one above.</source>
            <translation>没有适用于%1联系人的打法手册：请在上方选择一个。</translation>
        </message>
        <message>
            <source>Choose a person to enrol.</source>
            <translation>请选择要加入的联系人。</translation>
        </message>
        <message>
            <source>Enrolled %1 in the %2 playbook: %3 tasks.</source>
            <translation>已将 %1 加入“%2”打法手册：共 %3 个任务。</translation>
        </message>
        <message>
            <source>Day %1</source>
            <translation>第 %1 天</translation>
        </message>
        <message>
            <source>%1 (%2 people)</source>
            <translation>%1（%2 人）</translation>
        </message>
        <message>
            <source>%1 steps over %2 days.</source>
            <translation>共 %1 步，历时 %2 天。</translation>
        </message>
        <message>
            <source>Subject: %1</source>
            <translation>主题：%1</translation>
        </message>
    </context>
    <context>
        <name>EnrolmentReason</name>
        <message>
            <source>paused by hand</source>
            <translation>手动暂停</translation>
        </message>
        <message>
            <source>stopped by hand</source>
            <translation>手动停止</translation>
        </message>
        <message>
            <source>every step done or skipped</source>
            <translation>所有步骤均已完成或跳过</translation>
        </message>
        <message>
            <source>{why} on {day}</source>
            <translation>{day} {why}</translation>
        </message>
        <message>
            <source>inbound {channel}</source>
            <translation>对方通过{channel}主动联系</translation>
        </message>
        <message>
            <source>opted out ({channel}, {day})</source>
            <translation>已退订（{channel}，{day}）</translation>
        </message>
        <message>
            <source>resumed</source>
            <translation>已恢复</translation>
        </message>
    </context>
    <context>
        <name>FeedAddress</name>
        <message>
            <source>There is no address to fetch.</source>
            <translation>没有可抓取的地址。</translation>
        </message>
        <message>
            <source>The address contains control characters, so it was not fetched.</source>
            <translation>该地址含有控制字符，因此没有抓取。</translation>
        </message>
        <message>
            <source>Only web addresses (http or https) are fetched; this one uses {scheme}:, so it was not fetched.</source>
            <translation>只抓取网页地址（http 或 https）；该地址使用的是 {scheme}:，因此没有抓取。</translation>
        </message>
        <message>
            <source>The address has no host name, so it was not fetched.</source>
            <translation>该地址没有主机名，因此没有抓取。</translation>
        </message>
        <message>
            <source>The address could not be read ({error}), so it was not fetched.</source>
            <translation>无法识别该地址（{error}），因此没有抓取。</translation>
        </message>
        <message>
            <source>Only web addresses (http or https) are fetched; this one uses no scheme, so it was not fetched.</source>
            <translation>只抓取网页地址（http 或 https）；该地址没有协议前缀，因此没有抓取。</translation>
        </message>
        <message>
            <source>The address has an invalid port, so it was not fetched.</source>
            <translation>该地址的端口无效，因此没有抓取。</translation>
        </message>
    </context>
    <context>
        <name>FeedDiscovery</name>
        <message>
            <source>This address is itself a feed.</source>
            <extracomment>why a candidate ranks where its source puts it</extracomment>
            <translation>该地址本身就是订阅源。</translation>
        </message>
        <message>
            <source>Found 1 feed.</source>
            <translation>找到 1 个订阅源。</translation>
        </message>
        <message>
            <source>comments feed, ranked last</source>
            <translation>评论订阅源，排在最后</translation>
        </message>
        <message>
            <source>the address itself is a feed</source>
            <translation>该地址本身就是订阅源</translation>
        </message>
        <message>
            <source>the page declares it as its feed</source>
            <translation>页面声明它是本站的订阅源</translation>
        </message>
        <message>
            <source>the page links to it</source>
            <translation>页面上有指向它的链接</translation>
        </message>
        <message>
            <source>found at a usual feed address</source>
            <translation>在常见的订阅源地址找到</translation>
        </message>
        <message>
            <source>Found {count} feeds.</source>
            <translation>找到 {count} 个订阅源。</translation>
        </message>
        <message>
            <source>No feed was found on this site (checked {count} addresses). Try the address of the company's blog or news page.</source>
            <translation>该网站上没有找到订阅源（检查了 {count} 个地址）。请试试公司博客或新闻页面的地址。</translation>
        </message>
        <message>
            <source>No feed was found, and the page itself failed: {problem}</source>
            <translation>没有找到订阅源，页面本身也无法访问：{problem}</translation>
        </message>
        <message>
            <source>mentions “{word}”</source>
            <translation>提到“{word}”</translation>
        </message>
        <message>
            <source>Stopped after {seconds:.0f} seconds; {count} addresses were not checked.</source>
            <translation>{seconds:.0f} 秒后停止；有 {count} 个地址没有检查。</translation>
        </message>
    </context>
    <context>
        <name>FeedFetch</name>
        <message>
            <source>{n} bytes</source>
            <translation>{n} 字节</translation>
        </message>
        <message>
            <source>The feed is larger than the {limit} we accept, so we stopped reading it.</source>
            <translation>订阅源超过了我们接受的 {limit}，因此已停止读取。</translation>
        </message>
        <message>
            <source>The server sent a damaged compressed feed ({error}).</source>
            <translation>服务器发送的压缩订阅源已损坏（{error}）。</translation>
        </message>
        <message>
            <source>The server said {code} {name}, so there is no feed to read.</source>
            <translation>服务器返回 {code} {name}，因此没有可读取的订阅源。</translation>
        </message>
        <message>
            <source>Not changed since the last check.</source>
            <translation>自上次检查以来没有变化。</translation>
        </message>
        <message>
            <source>{problem} The server asked us to wait until {moment} UTC.</source>
            <translation>{problem}服务器要求我们等到 {moment}（UTC）再试。</translation>
        </message>
        <message>
            <source>The feed is {size}, more than the {limit} we accept, so it was not downloaded.</source>
            <translation>订阅源大小为 {size}，超过了我们接受的 {limit}，因此没有下载。</translation>
        </message>
        <message>
            <source>The server sent an empty answer.</source>
            <translation>服务器返回了空内容。</translation>
        </message>
        <message>
            <source>The server compressed the feed with '{encoding}', which we did not ask for and cannot read.</source>
            <translation>服务器用“{encoding}”压缩了订阅源，这不是我们请求的格式，无法读取。</translation>
        </message>
        <message>
            <source>Unknown status</source>
            <translation>未知状态</translation>
        </message>
        <message>
            <source>The server said {code} {name}: the feed is not at this address any more.</source>
            <translation>服务器返回 {code} {name}：订阅源已不在这个地址。</translation>
        </message>
        <message>
            <source>The server said {code} {name}: the feed was removed for good. Consider removing it from this account.</source>
            <translation>服务器返回 {code} {name}：订阅源已被永久删除。建议从该客户中移除它。</translation>
        </message>
        <message>
            <source>The server said {code} {name}: the feed is not public, so we cannot read it.</source>
            <translation>服务器返回 {code} {name}：订阅源不公开，因此无法读取。</translation>
        </message>
        <message>
            <source>The server said {code} {name}: we asked too often; we will try again later.</source>
            <translation>服务器返回 {code} {name}：请求过于频繁；稍后会再试。</translation>
        </message>
        <message>
            <source>The server said {code} {name}: the server is overloaded or down for maintenance; try again later.</source>
            <translation>服务器返回 {code} {name}：服务器过载或正在维护；请稍后再试。</translation>
        </message>
        <message>
            <source>The server said {code} {name}: the server had a problem; try again later.</source>
            <translation>服务器返回 {code} {name}：服务器出了问题；请稍后再试。</translation>
        </message>
        <message>
            <source>The server said {code} {name} but gave no address to go to.</source>
            <translation>服务器返回 {code} {name}，但没有给出跳转地址。</translation>
        </message>
        <message>
            <source>The secure connection to the server failed ({error}).</source>
            <translation>与服务器的安全连接失败（{error}）。</translation>
        </message>
        <message>
            <source>The server did not answer in time ({error}).</source>
            <translation>服务器没有及时响应（{error}）。</translation>
        </message>
        <message>
            <source>The server stopped sending data ({error}).</source>
            <translation>服务器中途停止发送数据（{error}）。</translation>
        </message>
        <message>
            <source>Could not reach the server ({error}).</source>
            <translation>无法连接服务器（{error}）。</translation>
        </message>
        <message>
            <source>The exchange with the server failed ({error}).</source>
            <translation>与服务器的通信失败（{error}）。</translation>
        </message>
        <message>
            <source>The server's answer could not be read ({error}).</source>
            <translation>无法读取服务器的响应（{error}）。</translation>
        </message>
        <message>
            <source>The server took longer than {deadline:g} seconds in all, so we stopped.</source>
            <translation>服务器总共用时超过 {deadline:g} 秒，因此已停止。</translation>
        </message>
        <message>
            <source>The server sent the feed too slowly (over {deadline:g} seconds), so we stopped.</source>
            <translation>服务器发送订阅源太慢（超过 {deadline:g} 秒），因此已停止。</translation>
        </message>
        <message>
            <source>The compressed feed ended early (the connection was cut or the server sent a damaged file).</source>
            <translation>压缩的订阅源提前结束（连接中断，或服务器发送的文件已损坏）。</translation>
        </message>
        <message>
            <source>The server redirected to an address we do not fetch: {reason}</source>
            <translation>服务器跳转到了我们不抓取的地址：{reason}</translation>
        </message>
        <message>
            <source>The address redirects in a loop, so there is no feed to read. Check the address in a browser.</source>
            <translation>该地址循环跳转，没有可读取的订阅源。请在浏览器中检查该地址。</translation>
        </message>
        <message>
            <source>The address redirected more than {count} times, so we stopped following it.</source>
            <translation>该地址跳转超过 {count} 次，因此已停止跟随。</translation>
        </message>
    </context>
    <context>
        <name>FeedManagerDialog</name>
        <message>
            <source>Feeds of %1</source>
            <translation>%1 的订阅源</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>订阅源</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>条目</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>&amp;Retry selected</source>
            <translation>重试所选(&amp;R)</translation>
        </message>
        <message>
            <source>Re&amp;move selected…</source>
            <translation>移除所选(&amp;M)…</translation>
        </message>
        <message>
            <source>Find feeds</source>
            <translation>查找订阅源</translation>
        </message>
        <message>
            <source>The company's website, or a feed address</source>
            <translation>公司网站，或订阅源地址</translation>
        </message>
        <message>
            <source>&amp;Discover</source>
            <translation>查找(&amp;D)</translation>
        </message>
        <message>
            <source>Add as &amp;feed</source>
            <translation>直接添加为订阅源(&amp;F)</translation>
        </message>
        <message>
            <source>Follow this address directly without discovery</source>
            <translation>不经查找，直接订阅这个地址</translation>
        </message>
        <message>
            <source>&amp;Add checked feeds</source>
            <translation>添加勾选的订阅源(&amp;A)</translation>
        </message>
        <message>
            <source>Feeds this account follows:</source>
            <translation>该客户已订阅的源：</translation>
        </message>
        <message>
            <source>(not fetched yet)</source>
            <translation>（尚未抓取）</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>OK (not modified)</source>
            <translation>正常（未修改）</translation>
        </message>
        <message>
            <source>OK (unchanged)</source>
            <translation>正常（无变化）</translation>
        </message>
        <message>
            <source>Not fetched yet</source>
            <translation>尚未抓取</translation>
        </message>
        <message>
            <source>checked %1</source>
            <translation>检查于 %1</translation>
        </message>
        <message>
            <source>warnings: %1</source>
            <translation>警告：%1</translation>
        </message>
        <message>
            <source>Type the company's website first.</source>
            <translation>请先输入公司网站。</translation>
        </message>
        <message>
            <source>Looking for feeds on %1…</source>
            <translation>正在 %1 上查找订阅源…</translation>
        </message>
        <message>
            <source>Found %1 feed(s), best first. Check the ones to follow.</source>
            <translation>找到 %1 个订阅源，最相关的在前。请勾选要订阅的源。</translation>
        </message>
        <message>
            <source>No feed found on that page.</source>
            <translation>该页面上没有找到订阅源。</translation>
        </message>
        <message>
            <source>Added %1 feed(s). Refresh to fetch their items.</source>
            <translation>已添加 %1 个订阅源。刷新即可抓取内容。</translation>
        </message>
        <message>
            <source>Feed added. Refresh to fetch its items.</source>
            <translation>已添加订阅源。刷新即可抓取内容。</translation>
        </message>
        <message>
            <source>Remove feeds</source>
            <translation>移除订阅源</translation>
        </message>
        <message>
            <source>Stop following %1 feed(s)? Their %2 stored item(s) will be deleted.</source>
            <translation>确定不再订阅这 %1 个源吗？已保存的 %2 条内容将被删除。</translation>
        </message>
        <message>
            <source>Removed.</source>
            <translation>已移除。</translation>
        </message>
        <message>
            <source>Fetching %1 feed(s)…</source>
            <translation>正在抓取 %1 个订阅源…</translation>
        </message>
        <message>
            <source>%1 ok, %2 failed, %3 new items.</source>
            <translation>成功 %1 个，失败 %2 个，新增 %3 条。</translation>
        </message>
        <message>
            <source>entries</source>
            <translation>条</translation>
        </message>
    </context>
    <context>
        <name>FeedParse</name>
        <message>
            <source>unknown format</source>
            <translation>未知格式</translation>
        </message>
        <message>
            <source>The feed has problems ({kind}: {error}); what could be read was kept.</source>
            <translation>订阅源有问题（{kind}：{error}）；已保留能读取的部分。</translation>
        </message>
        <message>
            <source>The feed's declared character encoding was wrong; it was read anyway ({error}).</source>
            <translation>订阅源声明的字符编码有误；仍已读取（{error}）。</translation>
        </message>
        <message>
            <source>The feed's character encoding is unknown; some characters may be wrong ({error}).</source>
            <translation>订阅源的字符编码未知；部分字符可能显示有误（{error}）。</translation>
        </message>
        <message>
            <source>The feed is not well-formed XML (line {line}, column {column}: {error}); what could be read was kept.</source>
            <translation>订阅源不是格式正确的 XML（第 {line} 行第 {column} 列：{error}）；已保留能读取的部分。</translation>
        </message>
        <message>
            <source>The feed has problems; what could be read was kept.</source>
            <translation>订阅源有问题；已保留能读取的部分。</translation>
        </message>
        <message>
            <source>This address is a web page, not a feed. Use “Find feeds” on it to look for the site's RSS or Atom feeds.</source>
            <translation>该地址是网页，不是订阅源。请对它使用“查找订阅源”，寻找该网站的 RSS 或 Atom 订阅源。</translation>
        </message>
        <message>
            <source>This address did not return a feed we can read ({problem}).</source>
            <translation>该地址没有返回可读取的订阅源（{problem}）。</translation>
        </message>
        <message>
            <source>This address did not return a feed we can read.</source>
            <translation>该地址没有返回可读取的订阅源。</translation>
        </message>
        <message>
            <source>1 entry has a date we could not read; shown as undated.</source>
            <translation>1 个条目的日期无法识别；显示为无日期。</translation>
        </message>
        <message>
            <source>The JSON Feed does not say which version it is; read it as 1.1.</source>
            <translation>该 JSON Feed 没有注明版本；按 1.1 读取。</translation>
        </message>
        <message>
            <source>The JSON Feed has no list of items.</source>
            <translation>该 JSON Feed 没有条目列表。</translation>
        </message>
        <message>
            <source>1 item was empty or unreadable.</source>
            <translation>1 个条目为空或无法读取。</translation>
        </message>
        <message>
            <source>1 item has a date we could not read; shown as undated.</source>
            <translation>1 个条目的日期无法识别；显示为无日期。</translation>
        </message>
        <message>
            <source>This address returned JSON data, but not a JSON Feed.</source>
            <translation>该地址返回了 JSON 数据，但不是 JSON Feed。</translation>
        </message>
        <message>
            <source>1 entry repeats an id used earlier in the feed; kept the first of each.</source>
            <translation>1 个条目与订阅源中前面的条目 ID 重复；每个 ID 只保留第一条。</translation>
        </message>
        <message>
            <source>The address answered with an empty page, so there is nothing to read yet.</source>
            <translation>该地址返回了空页面，暂时没有可读取的内容。</translation>
        </message>
        <message>
            <source>{n} entries have a date we could not read; shown as undated.</source>
            <translation>{n} 个条目的日期无法识别；显示为无日期。</translation>
        </message>
        <message>
            <source>{n} items were empty or unreadable.</source>
            <translation>{n} 个条目为空或无法读取。</translation>
        </message>
        <message>
            <source>{n} items have a date we could not read; shown as undated.</source>
            <translation>{n} 个条目的日期无法识别；显示为无日期。</translation>
        </message>
        <message>
            <source>{n} entries repeat an id used earlier in the feed; kept the first of each.</source>
            <translation>{n} 个条目与订阅源中前面的条目 ID 重复；每个 ID 只保留第一条。</translation>
        </message>
        <message>
            <source>The feed could not be read ({kind}: {error}).</source>
            <translation>无法读取订阅源（{kind}：{error}）。</translation>
        </message>
        <message>
            <source>This address returned data that is not a readable JSON Feed ({error}).</source>
            <translation>该地址返回的数据不是可读取的 JSON Feed（{error}）。</translation>
        </message>
    </context>
    <context>
        <name>FeedRefresh</name>
        <message>
            <source>Not modified since the last refresh.</source>
            <translation>自上次刷新以来没有修改。</translation>
        </message>
        <message>
            <source>Same content as last time.</source>
            <translation>内容与上次相同。</translation>
        </message>
        <message>
            <source>{count} new items</source>
            <translation>新增 {count} 条</translation>
        </message>
        <message>
            <source>{new} new, {changed} changed of 1 entry.</source>
            <translation>1 个条目中新增 {new} 条，更新 {changed} 条。</translation>
        </message>
        <message>
            <source>{new} new, {changed} changed of {count} entries.</source>
            <translation>{count} 个条目中新增 {new} 条，更新 {changed} 条。</translation>
        </message>
        <message>
            <source>Unexpected error: {error}</source>
            <translation>意外错误：{error}</translation>
        </message>
        <message>
            <source>The feed could not be parsed ({kind}).</source>
            <translation>无法解析订阅源（{kind}）。</translation>
        </message>
    </context>
    <context>
        <name>Feeds</name>
        <message>
            <source>already followed</source>
            <translation>已订阅</translation>
        </message>
        <message>
            <source>no account named “{name}”</source>
            <translation>没有名为“{name}”的客户</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>域名</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>员工人数</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>国家</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>级别</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>AE</source>
            <translation>AE</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>简介</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>名</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>姓</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职位</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>LinkedIn URL</source>
            <translation>领英链接</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>公司</translation>
        </message>
        <message>
            <source>Company domain</source>
            <translation>公司域名</translation>
        </message>
        <message>
            <source>Buying role</source>
            <translation>采购角色</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>IcpDialog</name>
        <message>
            <source>Ideal customer profile</source>
            <translation>理想客户画像</translation>
        </message>
        <message>
            <source>Accounts get a 0–100 fit score from the criteria you fill in, with the reasons. Separate several values with commas. Empty criteria are not scored.</source>
            <translation>系统根据你填写的条件为每个客户打出 0–100 的匹配分，并列出理由。多个值请用逗号分隔，留空的条件不计分。</translation>
        </message>
        <message>
            <source>any</source>
            <translation>不限</translation>
        </message>
        <message>
            <source>Industries</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Employees at least</source>
            <translation>员工数下限</translation>
        </message>
        <message>
            <source>Employees at most</source>
            <translation>员工数上限</translation>
        </message>
        <message>
            <source>Regions / countries</source>
            <translation>区域/国家</translation>
        </message>
        <message>
            <source>Must-have keywords</source>
            <translation>必备关键词</translation>
        </message>
        <message>
            <source>Nice-to-have keywords</source>
            <translation>加分关键词</translation>
        </message>
    </context>
    <context>
        <name>IcpReason</name>
        <message>
            <source>industry unknown</source>
            <translation>行业未知</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>none of the nice-to-have keywords</source>
            <translation>没有任何加分关键词</translation>
        </message>
        <message>
            <source>industry “{industry}” matches “{hit}”</source>
            <translation>行业“{industry}”符合“{hit}”</translation>
        </message>
        <message>
            <source>employee count unknown (want {wanted})</source>
            <translation>员工人数未知（目标 {wanted}）</translation>
        </message>
        <message>
            <source>located in {place} (“{hit}”)</source>
            <translation>位于{place}（“{hit}”）</translation>
        </message>
        <message>
            <source>located in {place}, not a target region</source>
            <translation>位于{place}，不是目标地区</translation>
        </message>
        <message>
            <source>missing must-have: {keywords}</source>
            <translation>缺少必备条件：{keywords}</translation>
        </message>
        <message>
            <source>has every must-have: {keywords}</source>
            <translation>满足全部必备条件：{keywords}</translation>
        </message>
        <message>
            <source>nice to have: {keywords}</source>
            <translation>加分项：{keywords}</translation>
        </message>
        <message>
            <source>industry “{industry}” is not in the profile</source>
            <translation>行业“{industry}”不在画像中</translation>
        </message>
        <message>
            <source>{count:,} employees is within {wanted}</source>
            <translation>{count:,} 名员工，在 {wanted} 范围内</translation>
        </message>
        <message>
            <source>{count:,} employees is close to {wanted}</source>
            <translation>{count:,} 名员工，接近 {wanted}</translation>
        </message>
        <message>
            <source>{count:,} employees is outside {wanted}</source>
            <translation>{count:,} 名员工，不在 {wanted} 范围内</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewDialog</name>
        <message>
            <source>Import accounts from %1</source>
            <translation>从 %1 导入客户</translation>
        </message>
        <message>
            <source>%1 new, %2 already in the workspace, %3 with errors.</source>
            <translation>新增 %1 个，工作区中已有 %2 个，出错 %3 个。</translation>
        </message>
        <message>
            <source>Columns: %1</source>
            <translation>列对应：%1</translation>
        </message>
        <message>
            <source>Not imported: %1</source>
            <translation>未导入：%1</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>new</source>
            <translation type="vanished">新增</translation>
        </message>
        <message>
            <source>duplicate</source>
            <translation type="vanished">重复</translation>
        </message>
        <message>
            <source>error</source>
            <translation type="vanished">出错</translation>
        </message>
        <message>
            <source>Accounts already in the workspace (same domain):</source>
            <translation>工作区中已有的客户（域名相同）：</translation>
        </message>
        <message>
            <source>&amp;Skip them</source>
            <translation>跳过(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Update them from the file</source>
            <translation>用文件内容更新(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>ImportRow</name>
        <message>
            <source>new</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>duplicate</source>
            <translation>重复</translation>
        </message>
        <message>
            <source>error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>no company given and no e-mail to tell which account</source>
            <extracomment>how a row's account was found; "new_account": none matched, one can be created cleaned contact fields (full_name, title, department, email, phone, linkedin_url, buying_role, notes), only those the file gave a fuzzy or ambiguous account match: imported only once confirmed a tuple, not a list: 100k rows mostly without warnings share the one empty tuple for match == "new_account": which account-to-create this row joins fuzzy_keys that could score FUZZY_THRESHOLD against a key of a given length title → tier guess, read before calling classify (a dict lookup, not a call, per row)</extracomment>
            <translation>没有公司，也没有能判断客户的邮箱</translation>
        </message>
        <message>
            <source>the contact has no name</source>
            <translation>联系人没有姓名</translation>
        </message>
        <message>
            <source>has no END:VCARD before the next card</source>
            <translation>在下一张名片前缺少 END:VCARD</translation>
        </message>
        <message>
            <source>has no END:VCARD (the file ends inside it)</source>
            <translation>缺少 END:VCARD（文件在名片中途结束）</translation>
        </message>
        <message>
            <source>no account for “{company}”: one will be created if you allow it</source>
            <translation>没有“{company}”对应的客户：如你允许，将新建一个</translation>
        </message>
        <message>
            <source>row {row}: {problem}</source>
            <translation>第 {row} 行：{problem}</translation>
        </message>
        <message>
            <source>already in the workspace as {name} (same e-mail)</source>
            <translation>工作区中已有此人：{name}（邮箱相同）</translation>
        </message>
        <message>
            <source>same name at the same company as card {first}; only the first is imported</source>
            <translation>与第 {first} 张名片同一公司同名；只导入第一个</translation>
        </message>
        <message>
            <source>same name at the same company as row {first}; only the first is imported</source>
            <translation>与第 {first} 行同一公司同名；只导入第一行</translation>
        </message>
        <message>
            <source>same e-mail as card {first}; only the first is imported</source>
            <translation>邮箱与第 {first} 张名片相同；只导入第一个</translation>
        </message>
        <message>
            <source>same e-mail as row {first}; only the first is imported</source>
            <translation>邮箱与第 {first} 行相同；只导入第一行</translation>
        </message>
        <message>
            <source>no company given, and no account has the domain {domain}</source>
            <translation>没有公司，也没有客户使用域名 {domain}</translation>
        </message>
        <message>
            <source>{name} is already a contact at {account}</source>
            <translation>{name} 已是 {account} 的联系人</translation>
        </message>
        <message>
            <source>no company given, and {mailbox} is a personal mailbox</source>
            <translation>没有公司，且 {mailbox} 是个人邮箱</translation>
        </message>
        <message>
            <source>buying role “{role}” not known; left out</source>
            <translation>未知采购角色“{role}”；已略过</translation>
        </message>
        <message>
            <source>card at line {line} {problem}</source>
            <translation>第 {line} 行的名片{problem}</translation>
        </message>
        <message>
            <source>card at line {line} cannot be read: {problem}</source>
            <translation>无法读取第 {line} 行的名片：{problem}</translation>
        </message>
        <message>
            <source>has {cells} cells but the header has {width}; extra cells ignored</source>
            <translation>有 {cells} 个单元格，但表头只有 {width} 列；多出的单元格已忽略</translation>
        </message>
        <message>
            <source>unknown signal kind “{kind}”</source>
            <translation>未知信号类型“{kind}”</translation>
        </message>
    </context>
    <context>
        <name>ItemTableModel</name>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>订阅源</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>无日期</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>（无标题）</translation>
        </message>
        <message>
            <source>The feed gave no date; shown by when WhyNow first saw it.</source>
            <translation>订阅源未提供日期，按 WhyNow 首次抓取到的时间显示。</translation>
        </message>
    </context>
    <context>
        <name>KpiDefinition</name>
        <message>
            <source>Target accounts that existed by the end of the period, in total and per account tier.</source>
            <translation>截至周期末存在的目标客户数，包括总数和各客户层级的数量。</translation>
        </message>
        <message>
            <source>Target accounts with at least one engaged contact by the end of the period (a contact counts from the day they first engaged; an engaged contact with no date counts in every period).</source>
            <translation>截至周期末，至少有一位联系人已互动的目标客户数（联系人从首次互动当天起计入；没有日期的已互动联系人在每个周期都计入）。</translation>
        </message>
        <message>
            <source>Engaged accounts as a share of target accounts, at the end of the period.</source>
            <translation>周期末已互动客户占目标客户的比例。</translation>
        </message>
        <message>
            <source>Target accounts with no engaged contact yet, as a share of target accounts, at the end of the period.</source>
            <translation>周期末尚无任何已互动联系人的目标客户占目标客户的比例。</translation>
        </message>
        <message>
            <source>Target accounts with at least one web visit signal (any page) during the period.</source>
            <translation>周期内至少有一次官网访问信号（任意页面）的目标客户数。</translation>
        </message>
        <message>
            <source>How much of each account's buying committee is engaged by the end of the period: engaged contacts ÷ target committee size (12 / 6 / 3 for tiers 1 / 2 / 3 by default), capped at 100% per account, averaged over the accounts of each tier. The total is the plain average over all accounts.</source>
            <translation>截至周期末，每个客户的采购委员会中已互动的比例：已互动联系人数 ÷ 目标委员会规模（默认 1 / 2 / 3 级客户分别为 12 / 6 / 3 人），每个客户最高按 100% 计，再按层级对客户取平均。总计为所有客户的简单平均。</translation>
        </message>
        <message>
            <source>The same committee penetration averaged with account-tier weights (3 / 2 / 1 by default), so half of a tier-1 committee counts more than half of a tier-3 one.</source>
            <translation>同样的委员会渗透率，但按客户层级加权平均（默认权重 3 / 2 / 1），因此 1 级客户委员会的一半比 3 级客户委员会的一半分量更重。</translation>
        </message>
        <message>
            <source>Target accounts in each stage at the end of the period, rebuilt from each account's stage history.</source>
            <translation>周期末处于各阶段的目标客户数，根据每个客户的阶段历史重建。</translation>
        </message>
        <message>
            <source>For each step of the funnel, the share of accounts that reached the next stage among those that reached this one, by the end of the period (skipping a stage counts as passing through it). The total is end to end: the share of target accounts that reached customer.</source>
            <translation>漏斗的每一步：截至周期末，在到达本阶段的客户中进入下一阶段的比例（跳过某阶段视为经过该阶段）。总计为端到端转化率：到达成交客户阶段的目标客户占比。</translation>
        </message>
        <message>
            <source>Share of target accounts that moved forward at least one stage in the last 30 days of the period.</source>
            <translation>在周期最后 30 天内至少推进一个阶段的目标客户占比。</translation>
        </message>
        <message>
            <source>Touches during the period whose outcome is a booked meeting (see meeting_outcomes).</source>
            <translation>周期内结果为已约会议的触达次数（见 meeting_outcomes）。</translation>
        </message>
        <message>
            <source>New-business and expansion deals created during the period.</source>
            <translation>周期内新建的新业务和增购商机数。</translation>
        </message>
        <message>
            <source>Share of target accounts with an opportunity created during the period.</source>
            <translation>周期内新建了商机的目标客户占比。</translation>
        </message>
        <message>
            <source>Annual contract value of opportunities open at the end of the period (created before it, not yet won or lost).</source>
            <translation>周期末在途商机（此前创建、尚未赢单或丢单）的年度合同价值。</translation>
        </message>
        <message>
            <source>Monthly recurring revenue of opportunities open at the end of the period: the figure the quota planner compares with.</source>
            <translation>周期末在途商机的月度经常性收入：配额规划以此数字作对比。</translation>
        </message>
        <message>
            <source>Opportunities open at the end of the period.</source>
            <translation>周期末的在途商机数。</translation>
        </message>
        <message>
            <source>For accounts whose first opportunity was created during the period: the median number of days from the first touch ever logged on the account to that opportunity. Accounts with no touch before it are left out.</source>
            <translation>对于首个商机在周期内创建的客户：从该客户有记录的首次触达到该商机的天数中位数。此前没有触达记录的客户不计入。</translation>
        </message>
        <message>
            <source>Opportunities won ÷ opportunities won or lost, among those closed during the period.</source>
            <translation>在周期内结束的商机中，赢单数 ÷（赢单数 + 丢单数）。</translation>
        </message>
        <message>
            <source>Annual contract value of opportunities (new business and expansion) won during the period.</source>
            <translation>周期内赢得的商机（新业务和增购）的年度合同价值。</translation>
        </message>
        <message>
            <source>New revenue won ÷ opportunities won during the period.</source>
            <translation>新赢得收入 ÷ 周期内赢单的商机数。</translation>
        </message>
        <message>
            <source>Median days from an opportunity's creation to its win, for opportunities won during the period.</source>
            <translation>对于周期内赢单的商机：从创建到赢单的天数中位数。</translation>
        </message>
        <message>
            <source>For accounts with an opportunity won during the period: touches logged on the account before the win, averaged over those accounts.</source>
            <translation>对于周期内有商机赢单的客户：赢单前在该客户上记录的触达次数，按客户取平均。</translation>
        </message>
        <message>
            <source>Renewal deals won ÷ renewal deals won or lost, among those closed during the period.</source>
            <translation>在周期内结束的续约商机中，赢单数 ÷（赢单数 + 丢单数）。</translation>
        </message>
        <message>
            <source>For accounts with a renewal closed during the period: (renewals won + expansion won there during the period) ÷ the value of those renewals, won or lost. Above 100% means expansion outweighs churn.</source>
            <translation>对于周期内有续约结束的客户：（赢得的续约 + 周期内在这些客户赢得的增购）÷ 这些续约的总价值（无论赢单或丢单）。高于 100% 表示增购超过流失。</translation>
        </message>
        <message>
            <source>Programme cost recorded for the period ÷ accounts that became engaged during the period.</source>
            <translation>周期内记录的项目成本 ÷ 周期内新进入互动状态的客户数。</translation>
        </message>
        <message>
            <source>Programme cost recorded for the period ÷ opportunities created during the period.</source>
            <translation>周期内记录的项目成本 ÷ 周期内新建的商机数。</translation>
        </message>
        <message>
            <source>Programme cost recorded for the period ÷ accounts with an opportunity won during the period.</source>
            <translation>周期内记录的项目成本 ÷ 周期内有商机赢单的客户数。</translation>
        </message>
        <message>
            <source>Research minutes logged during the period ÷ accounts researched during the period.</source>
            <translation>周期内记录的调研分钟数 ÷ 周期内调研过的客户数。</translation>
        </message>
    </context>
    <context>
        <name>KpiLabel</name>
        <message>
            <source>Target accounts</source>
            <translation>目标客户</translation>
        </message>
        <message>
            <source>Engaged accounts</source>
            <translation>已互动客户</translation>
        </message>
        <message>
            <source>Engaged accounts %</source>
            <translation>已互动客户占比</translation>
        </message>
        <message>
            <source>Unengaged accounts %</source>
            <translation>未互动客户占比</translation>
        </message>
        <message>
            <source>Accounts visiting the website</source>
            <translation>访问官网的客户</translation>
        </message>
        <message>
            <source>Buying committee engaged</source>
            <translation>采购委员会互动率</translation>
        </message>
        <message>
            <source>Buying committee engaged (weighted)</source>
            <translation>采购委员会互动率（加权）</translation>
        </message>
        <message>
            <source>Accounts by stage</source>
            <translation>各阶段客户数</translation>
        </message>
        <message>
            <source>Stage conversion</source>
            <translation>阶段转化率</translation>
        </message>
        <message>
            <source>Accounts moved forward (30 days)</source>
            <translation>推进的客户（30 天）</translation>
        </message>
        <message>
            <source>Meetings booked</source>
            <translation>已约会议</translation>
        </message>
        <message>
            <source>Opportunities created</source>
            <translation>新建商机</translation>
        </message>
        <message>
            <source>Opportunity rate</source>
            <translation>商机转化率</translation>
        </message>
        <message>
            <source>Open pipeline (ACV)</source>
            <translation>在途管道 (ACV)</translation>
        </message>
        <message>
            <source>Open pipeline (MRR)</source>
            <translation>在途管道 (MRR)</translation>
        </message>
        <message>
            <source>Open opportunities</source>
            <translation>在途商机</translation>
        </message>
        <message>
            <source>Days from first touch to opportunity</source>
            <translation>首次触达到商机的天数</translation>
        </message>
        <message>
            <source>Win rate</source>
            <translation>赢单率</translation>
        </message>
        <message>
            <source>New revenue won (ACV)</source>
            <translation>新赢得收入 (ACV)</translation>
        </message>
        <message>
            <source>Average selling price (ACV)</source>
            <translation>平均成交额 (ACV)</translation>
        </message>
        <message>
            <source>Deal cycle (days)</source>
            <translation>成交周期（天）</translation>
        </message>
        <message>
            <source>Touches per won account</source>
            <translation>每个赢单客户的触达次数</translation>
        </message>
        <message>
            <source>Renewal rate</source>
            <translation>续约率</translation>
        </message>
        <message>
            <source>Net revenue retention</source>
            <translation>净收入留存率</translation>
        </message>
        <message>
            <source>Cost per newly engaged account</source>
            <translation>每个新互动客户的成本</translation>
        </message>
        <message>
            <source>Cost per opportunity</source>
            <translation>每个商机的成本</translation>
        </message>
        <message>
            <source>Cost per won account</source>
            <translation>每个赢单客户的成本</translation>
        </message>
        <message>
            <source>Research minutes per account</source>
            <translation>每个客户的调研时长（分钟）</translation>
        </message>
    </context>
    <context>
        <name>KpiTile</name>
        <message>
            <source>previous: %1</source>
            <translation>上期：%1</translation>
        </message>
        <message>
            <source>vs previous period</source>
            <translation>较上期</translation>
        </message>
    </context>
    <context>
        <name>List</name>
        <message>
            <source>, </source>
            <extracomment>(context, source) -&gt; the translation, or None / "" for "keep the source" how each language counts large amounts: 万 (10⁴) and 亿 (10⁸) in Chinese, K/M/B otherwise</extracomment>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Archive %1</source>
            <translation>归档 %1</translation>
        </message>
        <message>
            <source>WhyNow — %1</source>
            <translation>WhyNow — %1</translation>
        </message>
        <message>
            <source>Filter accounts (Ctrl+F): name, domain, industry, country…</source>
            <translation>筛选客户 (Ctrl+F)：名称、域名、行业、国家…</translation>
        </message>
        <message>
            <source>All tiers</source>
            <translation>全部层级</translation>
        </message>
        <message numerus="yes">
            <source>Tier %n</source>
            <translation>
                <numerusform>%n 级</numerusform>
            </translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>全部阶段</translation>
        </message>
        <message>
            <source>Offline — showing stored items</source>
            <translation>离线 — 显示已保存的内容</translation>
        </message>
        <message>
            <source>No feed could be reached. Everything stored stays readable.</source>
            <translation>所有订阅源都无法访问。已保存的内容仍可阅读。</translation>
        </message>
        <message>
            <source>DEMO WORKSPACE — fictional accounts</source>
            <translation>演示工作区 — 虚构客户</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;New workspace…</source>
            <translation>新建工作区(&amp;N)…</translation>
        </message>
        <message>
            <source>Create an empty workspace file</source>
            <translation>创建一个空的工作区文件</translation>
        </message>
        <message>
            <source>&amp;Open workspace…</source>
            <translation>打开工作区(&amp;O)…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Import accounts (CSV)…</source>
            <translation>导入客户 (CSV)(&amp;I)…</translation>
        </message>
        <message>
            <source>Import &amp;contacts (CSV or vCard)…</source>
            <translation>导入联系人 (CSV 或 vCard)(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Export accounts (CSV)…</source>
            <translation>导出客户 (CSV)(&amp;E)…</translation>
        </message>
        <message>
            <source>Export due &amp;tasks to calendar (ICS)…</source>
            <translation>将到期任务导出到日历 (ICS)(&amp;T)…</translation>
        </message>
        <message>
            <source>Every open outreach task as an all-day event, for Outlook, Google or Apple Calendar</source>
            <translation>每个未完成的触达任务作为全天事件，可导入 Outlook、Google 或 Apple 日历</translation>
        </message>
        <message>
            <source>Open account &amp;file…</source>
            <translation>打开客户文件(&amp;F)…</translation>
        </message>
        <message>
            <source>Review or import accounts an SDR or AE sent you</source>
            <translation>审阅或导入 SDR 或 AE 发给你的客户</translation>
        </message>
        <message>
            <source>Export account fi&amp;le…</source>
            <translation>导出客户文件(&amp;L)…</translation>
        </message>
        <message>
            <source>Accounts with people, news, outreach and notes, in one file for the AE</source>
            <translation>把客户连同人员、新闻、触达和备注打包成一个文件交给 AE</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>备份(&amp;B)…</translation>
        </message>
        <message>
            <source>The workspace's rolling backups: back up now, or restore one</source>
            <translation>工作区的滚动备份：立即备份，或恢复某个备份</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Filter accounts</source>
            <translation>筛选客户(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Search everything…</source>
            <translation>全局搜索(&amp;S)…</translation>
        </message>
        <message>
            <source>Accounts, people, news, triggers, notes and touches, as you type</source>
            <translation>边输入边搜索客户、人员、新闻、触发事件、备注和触达</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>首选项(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Account</source>
            <translation>客户(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;New account…</source>
            <translation>新建客户(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Edit account…</source>
            <translation>编辑客户(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Archive account</source>
            <translation>归档客户(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Log a touch…</source>
            <translation>记录触达(&amp;L)…</translation>
        </message>
        <message>
            <source>Record an e-mail, call, reply or meeting with someone at this account</source>
            <translation>记录与该客户某人的一封邮件、一次通话、一条回复或一次会议</translation>
        </message>
        <message>
            <source>Start &amp;research timer</source>
            <translation>开始调研计时(&amp;R)</translation>
        </message>
        <message>
            <source>Fee&amp;ds</source>
            <translation>订阅源(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Refresh all feeds</source>
            <translation>刷新全部订阅源(&amp;R)</translation>
        </message>
        <message>
            <source>Fetch new items from every account's feeds</source>
            <translation>从所有客户的订阅源抓取新内容</translation>
        </message>
        <message>
            <source>Refresh this &amp;account's feeds</source>
            <translation>刷新该客户的订阅源(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Manage this account's feeds…</source>
            <translation>管理该客户的订阅源(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;Import OPML…</source>
            <translation>导入 OPML(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export OPML…</source>
            <translation>导出 OPML(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>Triggers &amp;inbox</source>
            <translation>触发事件收件箱(&amp;I)</translation>
        </message>
        <message>
            <source>Trigger events new since you last looked, across accounts</source>
            <translation>自你上次查看以来，所有客户的新触发事件</translation>
        </message>
        <message>
            <source>&amp;Today queue</source>
            <translation>今日队列(&amp;T)</translation>
        </message>
        <message>
            <source>Due and overdue outreach tasks across accounts, worked from the keyboard</source>
            <translation>所有客户中到期和逾期的触达任务，可全程用键盘处理</translation>
        </message>
        <message>
            <source>ABM &amp;dashboard</source>
            <translation>ABM 仪表盘(&amp;D)</translation>
        </message>
        <message>
            <source>Funnel KPIs, coverage, triggers over time and the quota planner</source>
            <translation>漏斗 KPI、覆盖率、触发事件趋势与配额规划</translation>
        </message>
        <message>
            <source>&amp;Workspace</source>
            <translation>工作区(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Ideal customer profile…</source>
            <translation>理想客户画像(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Take the &amp;tour</source>
            <translation>功能导览(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;About WhyNow</source>
            <translation>关于 WhyNow(&amp;A)</translation>
        </message>
        <message>
            <source>%1 accounts</source>
            <translation>%1 个客户</translation>
        </message>
        <message>
            <source>%1 of %2 accounts</source>
            <translation>%1 / %2 个客户</translation>
        </message>
        <message>
            <source>No accounts yet.
Press Ctrl+N to add one, or File ▸ Import accounts (CSV).</source>
            <translation>还没有客户。
按 Ctrl+N 新建，或通过 文件 ▸ 导入客户 (CSV) 导入。</translation>
        </message>
        <message>
            <source>No account matches the filter.
Clear it with Esc or pick “All tiers / All stages”.</source>
            <translation>没有符合筛选条件的客户。
按 Esc 清除筛选，或选择“全部层级 / 全部阶段”。</translation>
        </message>
        <message>
            <source>Added %1</source>
            <translation>已添加 %1</translation>
        </message>
        <message>
            <source>Archived %1 — Ctrl+Z brings it back</source>
            <translation>已归档 %1 — 按 Ctrl+Z 可恢复</translation>
        </message>
        <message>
            <source>Re-scored %1 accounts</source>
            <translation>已重新评分 %1 个客户</translation>
        </message>
        <message>
            <source>Import accounts</source>
            <translation>导入客户</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Reading %1…</source>
            <translation>正在读取 %1…</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation type="vanished">无法导入</translation>
        </message>
        <message>
            <source>Importing accounts…</source>
            <translation>正在导入客户…</translation>
        </message>
        <message>
            <source>Imported %1 new, updated %2, skipped %3, %4 rows with errors</source>
            <translation>已导入：新增 %1，更新 %2，跳过 %3，出错 %4 行</translation>
        </message>
        <message>
            <source>Import contacts</source>
            <translation>导入联系人</translation>
        </message>
        <message>
            <source>Contacts (*.csv *.vcf *.txt);;All files (*)</source>
            <translation>联系人 (*.csv *.vcf *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Contacts: %1 new, %2 updated, %3 skipped, %4 errors, %5 accounts created</source>
            <translation>联系人：新增 %1，更新 %2，跳过 %3，出错 %4，新建客户 %5 个</translation>
        </message>
        <message>
            <source>Importing contacts…</source>
            <translation>正在导入联系人…</translation>
        </message>
        <message>
            <source>Export accounts</source>
            <translation>导出客户</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>无法导出</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>已导出到 %1</translation>
        </message>
        <message>
            <source>Busy with another task; try again when it finishes.</source>
            <translation>正在执行其他任务，请稍后再试。</translation>
        </message>
        <message>
            <source>Refreshing feeds…</source>
            <translation>正在刷新订阅源…</translation>
        </message>
        <message>
            <source>Why-now scores updated with the new trigger weights.</source>
            <translation>已按新的触发事件权重更新“为何是现在”分数。</translation>
        </message>
        <message>
            <source>Re-scoring accounts with the new trigger weights…</source>
            <translation>正在按新的触发事件权重重新计算客户分数…</translation>
        </message>
        <message>
            <source>No feeds to refresh yet: open an account's News tab and click “Feeds…”.</source>
            <translation>还没有可刷新的订阅源：请打开客户的“新闻”标签页，点击“订阅源…”。</translation>
        </message>
        <message>
            <source>Refreshed %1 feeds: %2 new items, %3 failed</source>
            <translation>已刷新 %1 个订阅源：新增 %2 条，失败 %3 个</translation>
        </message>
        <message>
            <source>(cancelled; finished feeds were kept)</source>
            <translation>（已取消；已完成的订阅源结果已保留）</translation>
        </message>
        <message>
            <source>Select an account first.</source>
            <translation>请先选择一个客户。</translation>
        </message>
        <message>
            <source>Export due tasks to calendar</source>
            <translation>将到期任务导出到日历</translation>
        </message>
        <message>
            <source>iCalendar files (*.ics)</source>
            <translation>iCalendar 文件 (*.ics)</translation>
        </message>
        <message>
            <source>Exported %1 tasks to %2</source>
            <translation>已将 %1 个任务导出到 %2</translation>
        </message>
        <message>
            <source>Exporting tasks to the calendar file…</source>
            <translation>正在将任务导出到日历文件…</translation>
        </message>
        <message>
            <source>Import OPML</source>
            <translation>导入 OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml *.xml);;All files (*)</source>
            <translation>OPML 文件 (*.opml *.xml);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Cannot import OPML</source>
            <translation>无法导入 OPML</translation>
        </message>
        <message>
            <source>Added %1 feeds.</source>
            <translation>已添加 %1 个订阅源。</translation>
        </message>
        <message>
            <source>Skipped:</source>
            <translation>已跳过：</translation>
        </message>
        <message>
            <source>OPML import</source>
            <translation>OPML 导入</translation>
        </message>
        <message>
            <source>Export OPML</source>
            <translation>导出 OPML</translation>
        </message>
        <message>
            <source>OPML files (*.opml)</source>
            <translation>OPML 文件 (*.opml)</translation>
        </message>
        <message>
            <source>Cancelled — nothing was changed</source>
            <translation>已取消 — 没有任何更改</translation>
        </message>
        <message>
            <source>Workspace problem</source>
            <translation>工作区出现问题</translation>
        </message>
        <message>
            <source>Cannot do that</source>
            <translation>无法执行该操作</translation>
        </message>
        <message>
            <source>Something went wrong</source>
            <translation>出错了</translation>
        </message>
        <message>
            <source>WhyNow hit an unexpected error. Your workspace is unchanged.</source>
            <translation>WhyNow 遇到意外错误。你的工作区没有被修改。</translation>
        </message>
        <message>
            <source>No recent workspaces</source>
            <translation>没有最近打开的工作区</translation>
        </message>
        <message>
            <source>New workspace</source>
            <translation>新建工作区</translation>
        </message>
        <message>
            <source>WhyNow workspaces (*.whynow)</source>
            <translation>WhyNow 工作区 (*.whynow)</translation>
        </message>
        <message>
            <source>Cannot create</source>
            <translation>无法创建</translation>
        </message>
        <message>
            <source>%1 already exists. Open it instead, or choose another name.</source>
            <translation>%1 已存在。请直接打开它，或换一个名称。</translation>
        </message>
        <message>
            <source>Open workspace</source>
            <translation>打开工作区</translation>
        </message>
        <message>
            <source>WhyNow workspaces (*.whynow);;All files (*)</source>
            <translation>WhyNow 工作区 (*.whynow);;所有文件 (*)</translation>
        </message>
        <message>
            <source>About WhyNow</source>
            <translation>关于 WhyNow</translation>
        </message>
        <message>
            <source>&lt;b&gt;WhyNow&lt;/b&gt;&lt;br&gt;A local-first research desk for account-based sales development.&lt;br&gt;Your workspace stays on this computer.</source>
            <translation>&lt;b&gt;WhyNow&lt;/b&gt;&lt;br&gt;面向基于客户的销售开发 (ABSD) 的本地优先调研工作台。&lt;br&gt;你的工作区只保存在这台电脑上。</translation>
        </message>
    </context>
    <context>
        <name>MergePreviewDialog</name>
        <message>
            <source>Import %1</source>
            <translation>导入 %1</translation>
        </message>
        <message>
            <source>%1 new record(s), %2 updated from the file.</source>
            <translation>文件中有 %1 条新记录，%2 条更新。</translation>
        </message>
        <message>
            <source>Nothing new: your workspace already has everything in this file.</source>
            <translation>没有新内容：你的工作区已包含该文件中的全部内容。</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>保留</translation>
        </message>
        <message>
            <source>Same</source>
            <translation>相同</translation>
        </message>
        <message>
            <source>Records only the file has: added</source>
            <translation>只有文件中有的记录：将添加</translation>
        </message>
        <message>
            <source>Records both have, edited later in the file: the file's version is taken</source>
            <translation>双方都有、文件中修改得更晚的记录：采用文件的版本</translation>
        </message>
        <message>
            <source>Records both have, edited later here: yours stay</source>
            <translation>双方都有、你这边修改得更晚的记录：保留你的版本</translation>
        </message>
        <message>
            <source>Records that are the same on both sides</source>
            <translation>双方完全相同的记录</translation>
        </message>
        <message>
            <source>theirs</source>
            <translation>对方的</translation>
        </message>
        <message>
            <source>yours</source>
            <translation>你的</translation>
        </message>
        <message>
            <source>%1 · %2: keeps %3 “%4”; “%5” goes to the merge log</source>
            <translation>%1 · %2：保留%3“%4”；“%5”记入合并日志</translation>
        </message>
        <message>
            <source>Both sides changed these fields; the later edit wins:</source>
            <translation>双方都修改了这些字段；以较晚的修改为准：</translation>
        </message>
        <message>
            <source>No field was changed on both sides.</source>
            <translation>没有字段被双方同时修改。</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>Your workspace is backed up before the import (File ▸ Backups…).</source>
            <translation>导入前会先备份你的工作区（文件 ▸ 备份…）。</translation>
        </message>
    </context>
    <context>
        <name>Metrics</name>
        <message>
            <source>no target accounts by the end of the period</source>
            <extracomment>Stage → funnel position, computed once: Stage.order rebuilds a list on every call. (at, from stage or None for the first, to stage), any order when the contact first engaged; None with engaged=True counts in every period the accounts behind the number (deterministic order, not sorted); None where no list fits breakdown (by tier, stage, funnel step, deal kind), each with its own trend stages as the explanations name them ("no account reached engaged yet")</extracomment>
            <translation>截至期末没有目标客户</translation>
        </message>
        <message>
            <source>every account has weight 0</source>
            <translation>所有客户的权重都是 0</translation>
        </message>
        <message>
            <source>no opportunity was won or lost in the period</source>
            <translation>本期没有赢单或输单的商机</translation>
        </message>
        <message>
            <source>no opportunity was won in the period</source>
            <translation>本期没有赢单的商机</translation>
        </message>
        <message>
            <source>no renewal was won or lost in the period</source>
            <translation>本期没有续约成功或失败的续约</translation>
        </message>
        <message>
            <source>the renewals closed in the period have no value</source>
            <translation>本期关闭的续约没有金额</translation>
        </message>
        <message>
            <source>no research time logged in the period</source>
            <translation>本期没有记录调研时间</translation>
        </message>
        <message>
            <source>no programme cost recorded for the period</source>
            <translation>本期没有记录项目成本</translation>
        </message>
        <message>
            <source>cold</source>
            <translation>未接触</translation>
        </message>
        <message>
            <source>engaged</source>
            <translation>已互动</translation>
        </message>
        <message>
            <source>mqa</source>
            <translation>MQA</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>已约会议</translation>
        </message>
        <message>
            <source>opportunity</source>
            <translation>商机</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>成交客户</translation>
        </message>
        <message>
            <source>renewal</source>
            <translation>续约/增购</translation>
        </message>
        <message>
            <source>{n} account</source>
            <translation>{n} 个客户</translation>
        </message>
        <message>
            <source>{n} accounts</source>
            <translation>{n} 个客户</translation>
        </message>
        <message>
            <source>{n} target account</source>
            <translation>{n} 个目标客户</translation>
        </message>
        <message>
            <source>{n} target accounts</source>
            <translation>{n} 个目标客户</translation>
        </message>
        <message>
            <source>{n} tier-{tier} account</source>
            <translation>{n} 个 {tier} 级客户</translation>
        </message>
        <message>
            <source>{n} tier-{tier} accounts</source>
            <translation>{n} 个 {tier} 级客户</translation>
        </message>
        <message>
            <source>{n} opportunity</source>
            <translation>{n} 个商机</translation>
        </message>
        <message>
            <source>{n} opportunities</source>
            <translation>{n} 个商机</translation>
        </message>
        <message>
            <source>{n} open opportunity</source>
            <translation>{n} 个在途商机</translation>
        </message>
        <message>
            <source>{n} open opportunities</source>
            <translation>{n} 个在途商机</translation>
        </message>
        <message>
            <source>{n} won opportunity</source>
            <translation>{n} 个赢单商机</translation>
        </message>
        <message>
            <source>{n} won opportunities</source>
            <translation>{n} 个赢单商机</translation>
        </message>
        <message>
            <source>{n} won account</source>
            <translation>{n} 个赢单客户</translation>
        </message>
        <message>
            <source>{n} won accounts</source>
            <translation>{n} 个赢单客户</translation>
        </message>
        <message>
            <source>{n} newly engaged account</source>
            <translation>{n} 个新互动客户</translation>
        </message>
        <message>
            <source>{n} newly engaged accounts</source>
            <translation>{n} 个新互动客户</translation>
        </message>
        <message>
            <source>{n} opportunity created</source>
            <translation>{n} 个新建商机</translation>
        </message>
        <message>
            <source>{n} opportunities created</source>
            <translation>{n} 个新建商机</translation>
        </message>
        <message>
            <source>{n} new deal</source>
            <translation>{n} 笔新业务</translation>
        </message>
        <message>
            <source>{n} new deals</source>
            <translation>{n} 笔新业务</translation>
        </message>
        <message>
            <source>{n} expansion deal</source>
            <translation>{n} 笔增购</translation>
        </message>
        <message>
            <source>{n} expansion deals</source>
            <translation>{n} 笔增购</translation>
        </message>
        <message>
            <source>{n} win</source>
            <translation>{n} 笔赢单</translation>
        </message>
        <message>
            <source>{n} wins</source>
            <translation>{n} 笔赢单</translation>
        </message>
        <message>
            <source>{n} meeting</source>
            <translation>{n} 场会议</translation>
        </message>
        <message>
            <source>{n} meetings</source>
            <translation>{n} 场会议</translation>
        </message>
        <message>
            <source>; {count:,} left out with no touch before it</source>
            <translation>；{count:,} 个客户在商机之前没有触达，未计入</translation>
        </message>
        <message>
            <source>median over {accounts} whose first opportunity was created in the period{left_out}</source>
            <translation>本期创建首个商机的 {accounts}的中位数{left_out}</translation>
        </message>
        <message>
            <source>no account's first opportunity followed a touch in the period{left_out}</source>
            <translation>本期没有客户在触达之后创建首个商机{left_out}</translation>
        </message>
        <message>
            <source>{count:,} of {targets} have an engaged contact</source>
            <translation>{targets}中有 {count:,} 个有已互动的联系人</translation>
        </message>
        <message>
            <source>{count:,} engaged of {targets}</source>
            <translation>{targets}中 {count:,} 个已互动</translation>
        </message>
        <message>
            <source>{count:,} with no engaged contact of {targets}</source>
            <translation>{targets}中 {count:,} 个没有已互动的联系人</translation>
        </message>
        <message>
            <source>engaged contacts ÷ a committee of {size} (capped at 100%), averaged over {accounts}</source>
            <translation>已互动联系人 ÷ {size} 人的采购委员会（最高 100%），取 {accounts}的平均值</translation>
        </message>
        <message>
            <source>no tier-{tier} accounts</source>
            <translation>没有 {tier} 级客户</translation>
        </message>
        <message>
            <source>engaged contacts ÷ committee size (capped at 100%), averaged over {accounts}</source>
            <translation>已互动联系人 ÷ 采购委员会人数（最高 100%），取 {accounts}的平均值</translation>
        </message>
        <message>
            <source>tier {tier} ×{weight:g}</source>
            <translation>{tier} 级 ×{weight:g}</translation>
        </message>
        <message>
            <source>committee penetration averaged over {accounts} weighted {weights}</source>
            <translation>{accounts}的采购委员会渗透率加权平均，权重：{weights}</translation>
        </message>
        <message>
            <source>{accounts} in {stage}</source>
            <translation>{accounts}处于“{stage}”阶段</translation>
        </message>
        <message>
            <source>{reached:,} reached {there} of {base:,} that reached {here}</source>
            <translation>到达“{here}”的 {base:,} 个客户中，{reached:,} 个到达“{there}”</translation>
        </message>
        <message>
            <source>no account reached {stage} yet</source>
            <translation>还没有客户到达“{stage}”阶段</translation>
        </message>
        <message>
            <source>end to end: {count:,} of {targets} reached customer</source>
            <translation>全程：{targets}中 {count:,} 个成为成交客户</translation>
        </message>
        <message>
            <source>{count:,} of {targets} moved forward a stage in the last 30 days of the period</source>
            <translation>{targets}中 {count:,} 个在本期最后 30 天内推进了至少一个阶段</translation>
        </message>
        <message>
            <source>{opportunities} created at {accounts}</source>
            <translation>在 {accounts}新建了 {opportunities}</translation>
        </message>
        <message>
            <source>{count:,} of {targets} had an opportunity created</source>
            <translation>{targets}中 {count:,} 个新建了商机</translation>
        </message>
        <message>
            <source>ACV of {opportunities} at the end of the period</source>
            <translation>期末 {opportunities}的 ACV</translation>
        </message>
        <message>
            <source>MRR of {opportunities} at the end of the period</source>
            <translation>期末 {opportunities}的 MRR</translation>
        </message>
        <message>
            <source>{won:,} won of {closed:,} opportunities closed</source>
            <translation>已关闭的 {closed:,} 个商机中赢单 {won:,} 个</translation>
        </message>
        <message>
            <source>ACV of {opportunities} won</source>
            <translation>赢得的 {opportunities}的 ACV</translation>
        </message>
        <message>
            <source>{revenue} ACV ÷ {wins}</source>
            <translation>ACV {revenue} ÷ {wins}</translation>
        </message>
        <message>
            <source>{touches:,} touches before the win ÷ {accounts}</source>
            <translation>赢单前的 {touches:,} 次触达 ÷ {accounts}</translation>
        </message>
        <message>
            <source>{renewed:,} renewed of {closed:,} renewals closed</source>
            <translation>已关闭的 {closed:,} 个续约中成功续约 {renewed:,} 个</translation>
        </message>
        <message>
            <source>({kept} renewed + {grown} expansion) ÷ {due} up for renewal at {accounts}</source>
            <translation>（续约 {kept} + 增购 {grown}）÷ {accounts}的待续约金额 {due}</translation>
        </message>
        <message>
            <source>{accounts} with a web visit</source>
            <translation>{accounts}访问过官网</translation>
        </message>
        <message>
            <source>{meetings} booked at {accounts}</source>
            <translation>在 {accounts}约了 {meetings}</translation>
        </message>
        <message>
            <source>{minutes:,.0f} minutes ÷ {accounts} researched</source>
            <translation>{minutes:,.0f} 分钟 ÷ 调研过的 {accounts}</translation>
        </message>
        <message>
            <source>no newly engaged accounts in the period</source>
            <translation>本期没有新互动客户</translation>
        </message>
        <message>
            <source>no opportunities created in the period</source>
            <translation>本期没有新建商机</translation>
        </message>
        <message>
            <source>no won accounts in the period</source>
            <translation>本期没有赢单客户</translation>
        </message>
        <message>
            <source>ACV of {deals} won</source>
            <translation>赢得的 {deals}的 ACV</translation>
        </message>
        <message>
            <source>median over {opportunities}</source>
            <translation>{opportunities}的中位数</translation>
        </message>
        <message>
            <source>{cost} programme cost ÷ {results}</source>
            <translation>项目成本 {cost} ÷ {results}</translation>
        </message>
    </context>
    <context>
        <name>MetricsCommand</name>
        <message>
            <source>({change} vs previous)</source>
            <translation>（较上期 {change}）</translation>
        </message>
    </context>
    <context>
        <name>NewsTab</name>
        <message>
            <source>Filter headlines…</source>
            <translation>筛选标题…</translation>
        </message>
        <message>
            <source>&amp;Unread only</source>
            <translation>仅未读(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Starred</source>
            <translation>已加星标(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Refresh feeds</source>
            <translation>刷新订阅源(&amp;R)</translation>
        </message>
        <message>
            <source>Fetch new items for this account (F5 refreshes every account)</source>
            <translation>抓取该客户的新内容（F5 刷新所有客户）</translation>
        </message>
        <message>
            <source>&amp;Feeds…</source>
            <translation>订阅源(&amp;F)…</translation>
        </message>
        <message>
            <source>Discover, add and remove this account's feeds; see why one fails</source>
            <translation>查找、添加和移除该客户的订阅源；查看抓取失败的原因</translation>
        </message>
        <message>
            <source>Open in &amp;browser</source>
            <translation>在浏览器中打开(&amp;B)</translation>
        </message>
        <message>
            <source>S&amp;tar</source>
            <translation>加星标(&amp;T)</translation>
        </message>
        <message>
            <source>Select a headline to read it here. Nothing is loaded from the internet while you read.</source>
            <translation>选择一条标题即可在此阅读。阅读时不会从互联网加载任何内容。</translation>
        </message>
        <message>
            <source>This account follows no feeds yet.
Click “Feeds…” to discover the company's blog and newsroom feeds from its website.</source>
            <translation>该客户还没有订阅源。
点击“订阅源…”，从公司网站查找其博客和新闻中心的订阅源。</translation>
        </message>
        <message>
            <source>No item matches the filter.</source>
            <translation>没有符合筛选条件的内容。</translation>
        </message>
        <message>
            <source>No items yet. Press “Refresh feeds” to fetch them.</source>
            <translation>还没有内容。点击“刷新订阅源”抓取。</translation>
        </message>
        <message>
            <source>Problem with %1: %2</source>
            <translation>%1 出现问题：%2</translation>
        </message>
        <message>
            <source>undated</source>
            <translation>无日期</translation>
        </message>
    </context>
    <context>
        <name>NoteHistoryDialog</name>
        <message>
            <source>Note history</source>
            <translation>备注历史</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>某人</translation>
        </message>
        <message>
            <source>Current — by %1, %2</source>
            <translation>当前版本 — %1，%2</translation>
        </message>
        <message>
            <source>By %1, %2
replaced %3</source>
            <translation>%1，%2
替换于 %3</translation>
        </message>
        <message>
            <source>&amp;Use this version</source>
            <translation>使用此版本(&amp;U)</translation>
        </message>
        <message>
            <source>Make this the note's text again (the current text stays in the history)</source>
            <translation>恢复为此版本的内容（当前内容会保留在历史中）</translation>
        </message>
        <message>
            <source>Make this text the note's current text (the current text stays in the history)</source>
            <translation type="vanished">将此文本设为备注的当前内容（当前内容会保留在历史中）</translation>
        </message>
        <message numerus="yes">
            <source>%n version(s), newest first.</source>
            <translation>
                <numerusform>共 %n 个版本，最新在前。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NotesTab</name>
        <message>
            <source>Show the notes about the account, or about one person</source>
            <translation>显示关于该客户或某位联系人的备注</translation>
        </message>
        <message>
            <source>&amp;New note</source>
            <translation>新建备注(&amp;N)</translation>
        </message>
        <message>
            <source>Start a new note (Ctrl+Shift+N)</source>
            <translation>新建一条备注 (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>&amp;Brief…</source>
            <translation>客户简报(&amp;B)…</translation>
        </message>
        <message>
            <source>Write the account brief for the AE: facts, why now, committee, outreach, next steps and notes</source>
            <translation>为 AE 生成客户简报：基本信息、为何是现在、采购委员会、触达、下一步和备注</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <source>HTML…</source>
            <translation>HTML…</translation>
        </message>
        <message>
            <source>Markdown…</source>
            <translation>Markdown…</translation>
        </message>
        <message>
            <source>Who the note is about; a note stays with that person</source>
            <translation>备注关于谁；备注会一直跟随这个人</translation>
        </message>
        <message>
            <source>Write in Markdown: # heading, **bold**, *italic*, - list, [link](https://…)</source>
            <translation>使用 Markdown 书写：# 标题、**粗体**、*斜体*、- 列表、[链接](https://…)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save the note (Ctrl+S); the earlier text stays in its history</source>
            <translation>保存备注 (Ctrl+S)；之前的内容保留在历史中</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>Delete the note (Ctrl+Z brings it back)</source>
            <translation>删除备注（按 Ctrl+Z 可恢复）</translation>
        </message>
        <message>
            <source>&amp;History…</source>
            <translation>历史(&amp;H)…</translation>
        </message>
        <message>
            <source>Every earlier text of this note</source>
            <translation>这条备注以前的所有版本</translation>
        </message>
        <message>
            <source>Review mode — read-only: notes can be read, not changed. Import the account file to work on it.</source>
            <translation>审阅模式 — 只读：备注只能查看，不能修改。导入客户文件后即可编辑。</translation>
        </message>
        <message>
            <source>About:</source>
            <translation>关于：</translation>
        </message>
        <message>
            <source>All notes (%1)</source>
            <translation>全部备注（%1）</translation>
        </message>
        <message>
            <source>About the account as a whole</source>
            <translation>关于整个客户</translation>
        </message>
        <message>
            <source>About %1</source>
            <translation>关于 %1</translation>
        </message>
        <message>
            <source>The account as a whole</source>
            <translation>整个客户</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>某人</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>edited</source>
            <translation>已编辑</translation>
        </message>
        <message>
            <source>about %1</source>
            <translation>关于 %1</translation>
        </message>
        <message>
            <source>Pinned: shown first, and first in the brief</source>
            <translation>已置顶：显示在最前，在简报中也排在最前</translation>
        </message>
        <message>
            <source>No notes yet. Write what the AE should know: who decides, what was promised, what to avoid.</source>
            <translation>还没有备注。写下 AE 需要知道的：谁拍板、承诺了什么、要避开什么。</translation>
        </message>
        <message>
            <source>This account has no notes.</source>
            <translation>该客户没有备注。</translation>
        </message>
        <message>
            <source>Written by %1 on %2</source>
            <translation>%1 写于 %2</translation>
        </message>
        <message>
            <source>Last edited by %1 on %2</source>
            <translation>%1 最后编辑于 %2</translation>
        </message>
        <message>
            <source>Pinned</source>
            <translation>已置顶</translation>
        </message>
        <message>
            <source>New note</source>
            <translation>新备注</translation>
        </message>
        <message>
            <source>Un&amp;pin</source>
            <translation>取消置顶(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Pin</source>
            <translation>置顶(&amp;P)</translation>
        </message>
        <message>
            <source>Pinned notes come first here and in the brief</source>
            <translation>置顶的备注在这里和简报中都排在最前</translation>
        </message>
        <message>
            <source>Note added</source>
            <translation>已添加备注</translation>
        </message>
        <message>
            <source>Note saved; the earlier text is in its history</source>
            <translation>备注已保存；之前的内容在历史中</translation>
        </message>
        <message>
            <source>Cannot save the note</source>
            <translation>无法保存备注</translation>
        </message>
        <message>
            <source>Note deleted — Ctrl+Z brings it back</source>
            <translation>备注已删除 — 按 Ctrl+Z 可恢复</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Web pages (*.html)</source>
            <translation>网页 (*.html)</translation>
        </message>
        <message>
            <source>Markdown files (*.md)</source>
            <translation>Markdown 文件 (*.md)</translation>
        </message>
        <message>
            <source>Save the account brief</source>
            <translation>保存客户简报</translation>
        </message>
        <message>
            <source>Brief saved to %1</source>
            <translation>简报已保存到 %1</translation>
        </message>
        <message>
            <source>Cannot write the brief</source>
            <translation>无法写入简报</translation>
        </message>
        <message>
            <source>Writing the brief…</source>
            <translation>正在生成简报…</translation>
        </message>
    </context>
    <context>
        <name>Opml</name>
        <message>
            <source>The OPML file is larger than 20 MB; that is not a feed list.</source>
            <translation>OPML 文件超过 20 MB；这不是订阅源列表。</translation>
        </message>
        <message>
            <source>The OPML file declares a DOCTYPE or entities, which OPML never needs; it was not read, for safety.</source>
            <translation>OPML 文件声明了 DOCTYPE 或实体，而 OPML 从不需要它们；为安全起见，没有读取该文件。</translation>
        </message>
        <message>
            <source>The OPML file is empty.</source>
            <translation>OPML 文件是空的。</translation>
        </message>
        <message>
            <source>The OPML file is not well-formed XML (line {line}, column {column}: {error}).</source>
            <translation>OPML 文件不是格式正确的 XML（第 {line} 行第 {column} 列：{error}）。</translation>
        </message>
        <message>
            <source>The OPML file could not be read ({error}).</source>
            <translation>无法读取 OPML 文件（{error}）。</translation>
        </message>
        <message>
            <source>This file is XML but not OPML (it starts with &lt;{name}&gt;).</source>
            <translation>该文件是 XML，但不是 OPML（它以 &lt;{name}&gt; 开头）。</translation>
        </message>
    </context>
    <context>
        <name>Outreach</name>
        <message>
            <source>Account as a whole</source>
            <extracomment>outcome colours: mid-saturation so they read on light and dark backgrounds alike every channel has its own shape, so colour is free to say the outcome (seconds since the epoch, touch) oldest first, so the newest paints on top a mark was clicked: the touch (its dict, plus "contact_name" and "contact_id") a row was clicked or moved to with the keys: contact id ("" = the account as a whole) a mark was double-clicked: edit that touch</extracomment>
            <translation>整个客户</translation>
        </message>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>%1 d</source>
            <translation>%1 天</translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation type="vanished">
                <numerusform>%n 人</numerusform>
            </translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Last touch · state · score</source>
            <translation>最近触达 · 状态 · 得分</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>邮件</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Voicemail</source>
            <translation>语音留言</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>领英</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>短信</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>已约会议</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>无应答</translation>
        </message>
        <message>
            <source>Left a voicemail</source>
            <translation>已留言</translation>
        </message>
        <message>
            <source>Connected</source>
            <translation>已接通</translation>
        </message>
        <message>
            <source>Positive reply</source>
            <translation>积极回复</translation>
        </message>
        <message>
            <source>Neutral reply</source>
            <translation>中性回复</translation>
        </message>
        <message>
            <source>Negative reply</source>
            <translation>消极回复</translation>
        </message>
        <message>
            <source>Meeting booked</source>
            <translation>已约会议</translation>
        </message>
        <message>
            <source>Bounced</source>
            <translation>退信</translation>
        </message>
        <message>
            <source>Opted out</source>
            <translation>已退订</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>我方发起</translation>
        </message>
        <message>
            <source>Inbound</source>
            <translation>对方发起</translation>
        </message>
        <message>
            <source>Untouched</source>
            <translation>未触达</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>等待回复</translation>
        </message>
        <message>
            <source>Cold</source>
            <translation>未接触</translation>
        </message>
        <message>
            <source>Answered +</source>
            <translation>已回复 +</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>已回复</translation>
        </message>
        <message>
            <source>Answered −</source>
            <translation>已回复 −</translation>
        </message>
        <message>
            <source>No touch logged yet.</source>
            <translation>还没有触达记录。</translation>
        </message>
        <message>
            <source>Only outbound touches so far, the last one recent.</source>
            <translation>目前只有我方发起的触达，最近一次是不久前。</translation>
        </message>
        <message>
            <source>Only outbound touches, and silence for more than two weeks.</source>
            <translation>只有我方发起的触达，且已超过两周没有回音。</translation>
        </message>
        <message>
            <source>Their latest answer was positive (or a meeting).</source>
            <translation>对方最近的回复是积极的（或已约会议）。</translation>
        </message>
        <message>
            <source>Their latest answer was neutral (or a connected call).</source>
            <translation>对方最近的回复是中性的（或电话已接通）。</translation>
        </message>
        <message>
            <source>Their latest answer was negative.</source>
            <translation>对方最近的回复是消极的。</translation>
        </message>
        <message>
            <source>They asked not to be contacted.</source>
            <translation>对方要求不要再联系。</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>在职</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Recency</source>
            <translation>近期性</translation>
        </message>
        <message>
            <source>Frequency</source>
            <translation>频率</translation>
        </message>
        <message>
            <source>Reciprocity</source>
            <translation>互动性</translation>
        </message>
        <message>
            <source>the account as a whole</source>
            <translation>整个客户</translation>
        </message>
        <message>
            <source>%1 touched</source>
            <translation>已触达 %1</translation>
        </message>
        <message>
            <source>%1 answered</source>
            <translation>已回复 %1</translation>
        </message>
        <message numerus="yes">
            <source>%n touches</source>
            <translation type="vanished">
                <numerusform>%n 次触达</numerusform>
            </translation>
        </message>
        <message>
            <source>Subject: %1</source>
            <translation>主题：%1</translation>
        </message>
        <message>
            <source>Logged by %1</source>
            <translation>记录人：%1</translation>
        </message>
        <message>
            <source>%1 cold</source>
            <translation>冷淡 %1</translation>
        </message>
        <message>
            <source>Engaged: %1</source>
            <translation>已互动：%1</translation>
        </message>
        <message>
            <source>Contact status: %1</source>
            <translation>联系人状态：%1</translation>
        </message>
        <message>
            <source>Playbook %1: %2</source>
            <translation>打法手册 %1：%2</translation>
        </message>
        <message>
            <source>Relationship %1/100 (%2 in 30 days)</source>
            <translation>关系 %1/100（30 天内 %2）</translation>
        </message>
        <message>
            <source>last %1 ago</source>
            <translation>上次在 %1 前</translation>
        </message>
        <message>
            <source>next %1 on %2</source>
            <translation>下一步 %1，%2</translation>
        </message>
        <message>
            <source>1 touch</source>
            <translation>1 次触达</translation>
        </message>
        <message>
            <source>1 person</source>
            <translation>1 人</translation>
        </message>
        <message>
            <source>%1 touches</source>
            <translation>%1 次触达</translation>
        </message>
        <message>
            <source>%1 people</source>
            <translation>%1 人</translation>
        </message>
        <message>
            <source>no address</source>
            <extracomment>{"suggest_stage": "engaged"|"meeting", "why": "..."}; confirm with app.accounts.move_stage</extracomment>
            <translation>无地址</translation>
        </message>
        <message>
            <source>meeting booked with {who} ({channel}, {day}); {account} is still at {stage}</source>
            <translation>已与{who}约好会议（{channel}，{day}）；{account} 仍处于“{stage}”阶段</translation>
        </message>
        <message>
            <source>meeting held with {who} ({channel}, {day}); {account} is still at {stage}</source>
            <translation>已与{who}开会（{channel}，{day}）；{account} 仍处于“{stage}”阶段</translation>
        </message>
        <message>
            <source>{name} is marked do-not-contact.</source>
            <translation>{name} 已标记为请勿联系。</translation>
        </message>
        <message>
            <source>{name} has left the company.</source>
            <translation>{name} 已离职。</translation>
        </message>
        <message>
            <source>{name}'s e-mail bounced before.</source>
            <translation>{name} 的邮件之前被退回过。</translation>
        </message>
        <message>
            <source>{name} is now do-not-contact: they opted out.</source>
            <translation>{name} 现已标记为请勿联系：对方已退订。</translation>
        </message>
        <message>
            <source>Stopped {count} playbook(s) for {name}: {reason}.</source>
            <translation>已停止 {name} 的 {count} 个打法：{reason}。</translation>
        </message>
        <message>
            <source>{name}'s e-mail ({email}) is flagged as bounced.</source>
            <translation>{name} 的邮箱（{email}）已标记为退信。</translation>
        </message>
        <message>
            <source>Paused the {playbook} playbook for {name}: {reason}.</source>
            <translation>已暂停 {name} 的“{playbook}”打法：{reason}。</translation>
        </message>
        <message>
            <source>first engagement at {account}: {who}, {why} on {day}</source>
            <translation>{account} 首次互动：{who}，{day} {why}</translation>
        </message>
        <message>
            <source>Next: {title}, due {due}.</source>
            <translation>下一步：{title}，截止 {due}。</translation>
        </message>
        <message>
            <source>Subject: {subject}</source>
            <translation>主题：{subject}</translation>
        </message>
        <message>
            <source>How: {instructions}</source>
            <translation>做法：{instructions}</translation>
        </message>
    </context>
    <context>
        <name>OutreachTab</name>
        <message numerus="yes">
            <source>%n touches</source>
            <translation type="vanished">
                <numerusform>%n 次触达</numerusform>
            </translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Subject / notes</source>
            <translation>主题/备注</translation>
        </message>
        <message>
            <source>Logged by</source>
            <translation>记录人</translation>
        </message>
        <message>
            <source>Playbook</source>
            <translation>打法手册</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Start research &amp;timer</source>
            <translation>开始调研计时(&amp;T)</translation>
        </message>
        <message>
            <source>Time the research you do on this account (Ctrl+Shift+R)</source>
            <translation>为你在该客户上的调研计时 (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>&amp;Log a touch…</source>
            <translation>记录触达(&amp;L)…</translation>
        </message>
        <message>
            <source>Record an e-mail, call, reply or meeting (Ctrl+L)</source>
            <translation>记录一封邮件、一次通话、一条回复或一次会议 (Ctrl+L)</translation>
        </message>
        <message>
            <source>&amp;Enrol in playbook…</source>
            <translation>加入打法手册(&amp;E)…</translation>
        </message>
        <message>
            <source>Find a person…</source>
            <translation>查找联系人…</translation>
        </message>
        <message>
            <source>Every thread</source>
            <translation>所有跟进线索</translation>
        </message>
        <message>
            <source>How far back the time axis reaches</source>
            <translation>时间轴回溯的范围</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>Delete touch</source>
            <translation>删除触达</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>暂停(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>继续(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Stop</source>
            <translation>停止(&amp;S)</translation>
        </message>
        <message>
            <source>Open tasks, due first. Work them in the Today queue (View ▸ Today, Ctrl+Shift+T).</source>
            <translation>未完成的任务，按到期先后排列。请在“今日”队列中处理（视图 ▸ 今日，Ctrl+Shift+T）。</translation>
        </message>
        <message>
            <source>Touches</source>
            <translation>触达</translation>
        </message>
        <message>
            <source>Playbooks and tasks</source>
            <translation>打法手册与任务</translation>
        </message>
        <message>
            <source>No thread matches the filter.</source>
            <translation>没有符合筛选条件的跟进线索。</translation>
        </message>
        <message>
            <source>The account as a whole</source>
            <translation>整个客户</translation>
        </message>
        <message>
            <source>the account as a whole</source>
            <translation>整个客户</translation>
        </message>
        <message>
            <source>Research timer running (Account ▸ Stop research timer)</source>
            <translation>调研计时中（客户 ▸ 停止调研计时）</translation>
        </message>
        <message>
            <source>next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Answered (any)</source>
            <translation>已回复（任意）</translation>
        </message>
        <message>
            <source>Last 30 days</source>
            <translation>最近 30 天</translation>
        </message>
        <message>
            <source>Last 90 days</source>
            <translation>最近 90 天</translation>
        </message>
        <message>
            <source>Last 6 months</source>
            <translation>最近 6 个月</translation>
        </message>
        <message>
            <source>Last year</source>
            <translation>最近一年</translation>
        </message>
        <message>
            <source>Since the first touch</source>
            <translation>自首次触达以来</translation>
        </message>
        <message>
            <source>Playbooks</source>
            <translation>打法手册</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>No contacts and no touches yet. Add the people you will reach out to in the People tab (or File ▸ Import contacts), then log a touch with Ctrl+L or enrol them in a playbook.</source>
            <translation>还没有联系人，也没有触达记录。请先在“人员”标签页（或 文件 ▸ 导入联系人）添加要联系的人，然后按 Ctrl+L 记录触达，或将他们加入打法手册。</translation>
        </message>
        <message>
            <source>no contact reached yet</source>
            <translation>尚未触达任何联系人</translation>
        </message>
        <message>
            <source>Account relationship</source>
            <translation>客户关系</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>Select an account first.</source>
            <translation>请先选择一个客户。</translation>
        </message>
        <message>
            <source>Stop &amp;research timer</source>
            <translation>停止调研计时(&amp;R)</translation>
        </message>
        <message>
            <source>Start &amp;research timer</source>
            <translation>开始调研计时(&amp;R)</translation>
        </message>
        <message>
            <source>(the account)</source>
            <translation>（整个客户）</translation>
        </message>
        <message>
            <source>Cannot show the outreach: %1</source>
            <translation>无法显示触达：%1</translation>
        </message>
        <message>
            <source>Playbooks and tasks (%1)</source>
            <translation>打法手册与任务（%1）</translation>
        </message>
        <message>
            <source>%1 contacts reached</source>
            <translation>已触达 %1 位联系人</translation>
        </message>
        <message>
            <source>Research timer started</source>
            <translation>调研计时已开始</translation>
        </message>
        <message>
            <source>Deleted the touch %1 — Ctrl+Z brings it back</source>
            <translation>已删除触达 %1 — 按 Ctrl+Z 可恢复</translation>
        </message>
        <message>
            <source>paused by hand</source>
            <translation type="vanished">手动暂停</translation>
        </message>
        <message>
            <source>(today)</source>
            <translation>（今天）</translation>
        </message>
        <message>
            <source>in 30 days (was %1)</source>
            <translation>30 天内（之前为 %1）</translation>
        </message>
        <message>
            <source>%1 min per contact reached</source>
            <translation>每位已触达联系人 %1 分钟</translation>
        </message>
        <message>
            <source>Stop research &amp;timer (%1)</source>
            <translation>停止调研计时（%1）(&amp;T)</translation>
        </message>
        <message>
            <source>Click a row in the threads for that person's relationship, or a mark for that touch. Ctrl+L logs a touch.</source>
            <translation>点击跟进线索中的一行可查看与此人的关系，点击标记可查看那次触达。按 Ctrl+L 记录触达。</translation>
        </message>
        <message>
            <source>Stop the playbook?</source>
            <translation>停止打法手册？</translation>
        </message>
        <message>
            <source>stopped by hand</source>
            <translation type="vanished">手动停止</translation>
        </message>
        <message>
            <source>(%1 d overdue)</source>
            <translation>（逾期 %1 天）</translation>
        </message>
        <message>
            <source>Research: %1 min in %2 sessions</source>
            <translation>调研：%2 次共 %1 分钟</translation>
        </message>
        <message>
            <source>Research timer stopped: %1 minutes</source>
            <translation>调研计时已停止：%1 分钟</translation>
        </message>
        <message>
            <source>Playbook %1: %2</source>
            <translation>打法手册 %1：%2</translation>
        </message>
        <message>
            <source>(bounced)</source>
            <translation>（退信）</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>%1 到期</translation>
        </message>
        <message>
            <source>Relationship %1/100  %2 %3 in 30 days</source>
            <translation type="vanished">关系 %1/100  30 天内 %2 %3</translation>
        </message>
        <message>
            <source>Engaged: %1</source>
            <translation>已互动：%1</translation>
        </message>
        <message>
            <source>next %1 on %2</source>
            <translation>下一步 %1，%2</translation>
        </message>
        <message>
            <source>Subject: %1</source>
            <translation>主题：%1</translation>
        </message>
        <message>
            <source>Last touch %1 ago.</source>
            <translation>上次触达在 %1 前。</translation>
        </message>
        <message>
            <source>Stop the %1 playbook for %2? Its open steps are skipped.</source>
            <translation>停止 %2 的“%1”打法手册？未完成的步骤将被跳过。</translation>
        </message>
        <message>
            <source>Relationship %1/100  %2 %3 (30 days)</source>
            <translation>关系 %1/100  %2 %3（30 天）</translation>
        </message>
        <message>
            <source>1 contact reached</source>
            <translation>已触达 1 位联系人</translation>
        </message>
        <message>
            <source>Research: %1 min in 1 session</source>
            <translation>调研：1 次共 %1 分钟</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>Demo account — fictional data</source>
            <translation>演示客户 — 虚构数据</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>编辑(&amp;E)…</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>基本信息</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>域名</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>员工数</translation>
        </message>
        <message>
            <source>Region / country</source>
            <translation>区域/国家</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>层级</translation>
        </message>
        <message>
            <source>Owner (SDR)</source>
            <translation>负责人 (SDR)</translation>
        </message>
        <message>
            <source>AE</source>
            <translation>AE</translation>
        </message>
        <message>
            <source>About</source>
            <translation>简介</translation>
        </message>
        <message>
            <source>ICP fit</source>
            <translation>ICP 匹配度</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>&amp;Move to stage</source>
            <translation>移至该阶段(&amp;M)</translation>
        </message>
        <message>
            <source>Current stage:</source>
            <translation>当前阶段：</translation>
        </message>
        <message>
            <source>History (newest first):</source>
            <translation>历史记录（最新在前）：</translation>
        </message>
        <message>
            <source>no website</source>
            <translation>无网站</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message numerus="yes">
            <source>Tier %n</source>
            <translation>
                <numerusform>%n 级</numerusform>
            </translation>
        </message>
        <message>
            <source>Not scored</source>
            <translation>未评分</translation>
        </message>
        <message>
            <source>Define your ideal customer profile (Workspace ▸ Ideal customer profile…) to score accounts.</source>
            <translation>定义理想客户画像（工作区 ▸ 理想客户画像…）后即可为客户评分。</translation>
        </message>
        <message>
            <source>%1 / 100</source>
            <translation>%1 / 100</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>操作人：%1</translation>
        </message>
        <message>
            <source>created</source>
            <translation>新建</translation>
        </message>
        <message>
            <source>%1 moved to %2</source>
            <translation>%1 已移至 %2</translation>
        </message>
    </context>
    <context>
        <name>PathEditor</name>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source>Workspace at start-up</source>
            <translation>启动时打开的工作区</translation>
        </message>
        <message>
            <source>WhyNow workspaces (*.whynow)</source>
            <translation>WhyNow 工作区 (*.whynow)</translation>
        </message>
    </context>
    <context>
        <name>PeopleTab</name>
        <message>
            <source>&amp;Add contact…</source>
            <translation>添加联系人(&amp;A)…</translation>
        </message>
        <message>
            <source>Org &amp;chart</source>
            <translation>组织架构图(&amp;C)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职位</translation>
        </message>
        <message>
            <source>Persona tier</source>
            <translation>角色层级</translation>
        </message>
        <message>
            <source>Buying role</source>
            <translation>采购角色</translation>
        </message>
        <message>
            <source>No contacts yet. Click “Add contact…”, or import a CSV from Salesforce, HubSpot or LinkedIn Sales Navigator (File ▸ Import contacts).</source>
            <translation>还没有联系人。点击“添加联系人…”，或导入 Salesforce、HubSpot 或领英 Sales Navigator 的 CSV（文件 ▸ 导入联系人）。</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>删除联系人</translation>
        </message>
        <message>
            <source>Buying committee: known %1 · engaged %2</source>
            <translation>采购委员会：已知 %1 · 已互动 %2</translation>
        </message>
        <message>
            <source>… and %1 more</source>
            <translation>… 另有 %1 项</translation>
        </message>
        <message>
            <source>No gaps: every persona tier and key department is covered.</source>
            <translation>没有缺口：每个角色层级和关键部门都已覆盖。</translation>
        </message>
        <message>
            <source>known %1
engaged %2</source>
            <translation>已知 %1
已互动 %2</translation>
        </message>
        <message>
            <source>Known: %1
Engaged: %2</source>
            <translation>已知：%1
已互动：%2</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>（无标题）</translation>
        </message>
        <message>
            <source>tier set by hand</source>
            <translation>层级为手动设置</translation>
        </message>
        <message>
            <source>Persona tier: %1 — %2</source>
            <translation>角色层级：%1 — %2</translation>
        </message>
        <message>
            <source>%1 is now %2 (set by hand; Ctrl+Z undoes)</source>
            <translation>%1 已设为 %2（手动设置；按 Ctrl+Z 撤销）</translation>
        </message>
        <message>
            <source>Delete %1? You can undo this with Ctrl+Z.</source>
            <translation>删除 %1？可以按 Ctrl+Z 撤销。</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Set persona tier</source>
            <translation>设置角色层级</translation>
        </message>
        <message>
            <source>Automatic (from the title)</source>
            <translation>自动（根据职位判断）</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
    </context>
    <context>
        <name>Persona</name>
        <message>
            <source>C-Level/VP</source>
            <translation>高管/副总裁</translation>
        </message>
        <message>
            <source>Director</source>
            <translation>总监</translation>
        </message>
        <message>
            <source>Practitioner</source>
            <translation>执行层</translation>
        </message>
        <message>
            <source>Not classified</source>
            <translation>未分类</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
    </context>
    <context>
        <name>PhraseDialog</name>
        <message>
            <source>Teach a phrase</source>
            <translation>教它一个说法</translation>
        </message>
        <message>
            <source>e.g. “closes growth round” or “完成战略融资”</source>
            <translation>例如“closes growth round”或“完成战略融资”</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Phrase</source>
            <translation>说法</translation>
        </message>
    </context>
    <context>
        <name>Preferences</name>
        <message>
            <source>Tier %n accounts</source>
            <translation>%n 级客户</translation>
        </message>
        <message>
            <source>Saved. The language and the start-up workspace change the next time WhyNow starts.</source>
            <translation>已保存。语言和启动时打开的工作区将在下次启动 WhyNow 时生效。</translation>
        </message>
        <message>
            <source>General</source>
            <extracomment>which layout of settings this WhyNow writes; raise it with each new upgrade step English, translated when shown; `native` labels (language names) are shown as written shown instead of the minimum number (e.g. 0 minutes: "Off") written after the number ("min") how to edit it when the type alone does not say: "path", "weights", "committee" "user" (QSettings) or "workspace" (stored in the open workspace through `app`) takes effect the next time WhyNow starts</extracomment>
            <translation>常规</translation>
        </message>
        <message>
            <source>Workspace</source>
            <translation>工作区</translation>
        </message>
        <message>
            <source>Feeds</source>
            <translation>订阅源</translation>
        </message>
        <message>
            <source>Buying committee</source>
            <translation>采购委员会</translation>
        </message>
        <message>
            <source>Trigger weights</source>
            <translation>触发事件权重</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>你的姓名</translation>
        </message>
        <message>
            <source>Written as the owner of accounts you add and beside every stage move you make.</source>
            <translation>你新建的客户以此姓名作为负责人；你每次推进阶段时也会记下这个姓名。</translation>
        </message>
        <message>
            <source>Your role</source>
            <translation>你的角色</translation>
        </message>
        <message>
            <source>SDRs research accounts and open conversations; AEs take an account over at the hand-off.</source>
            <translation>SDR 负责调研客户、开启对话；AE 在交接时接手客户。</translation>
        </message>
        <message>
            <source>SDR (sales development)</source>
            <translation>SDR（销售开发代表）</translation>
        </message>
        <message>
            <source>AE (account executive)</source>
            <translation>AE（客户经理）</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>The language of menus, dialogs, dates and numbers. Applies the next time WhyNow starts.</source>
            <translation>菜单、对话框、日期和数字使用的语言。下次启动 WhyNow 时生效。</translation>
        </message>
        <message>
            <source>Same as the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>Light or dark colours. “Same as the system” follows the system as it changes.</source>
            <translation>浅色或深色。“跟随系统”会随系统设置自动切换。</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <source>Currency</source>
            <translation>货币</translation>
        </message>
        <message>
            <source>Money without a currency of its own (quota, pipeline) is shown in this one. In Chinese, large sums read in 万 and 亿.</source>
            <translation>没有指定币种的金额（配额、管道）以此货币显示。中文界面下，大额数字以“万”和“亿”为单位。</translation>
        </message>
        <message>
            <source>From the language (¥ for Chinese, $ otherwise)</source>
            <translation>根据语言（中文用 ¥，其他用 $）</translation>
        </message>
        <message>
            <source>Chinese yuan (¥)</source>
            <translation>人民币 (¥)</translation>
        </message>
        <message>
            <source>US dollar ($)</source>
            <translation>美元 ($)</translation>
        </message>
        <message>
            <source>Euro (€)</source>
            <translation>欧元 (€)</translation>
        </message>
        <message>
            <source>Pound sterling (£)</source>
            <translation>英镑 (£)</translation>
        </message>
        <message>
            <source>Workspace at start-up</source>
            <translation>启动时打开的工作区</translation>
        </message>
        <message>
            <source>The workspace file WhyNow opens when started without --workspace. Empty: the standard one in your user data folder. Applies the next time WhyNow starts.</source>
            <translation>不带 --workspace 启动时 WhyNow 打开的工作区文件。留空则使用用户数据文件夹中的默认工作区。下次启动 WhyNow 时生效。</translation>
        </message>
        <message>
            <source>Refresh feeds every</source>
            <translation>订阅源刷新间隔</translation>
        </message>
        <message>
            <source>While WhyNow is open it fetches new items from every feed this often, in the background. Off: only when you press F5.</source>
            <translation>WhyNow 打开期间，按此间隔在后台抓取所有订阅源的新内容。选择“关闭”则只在按 F5 时刷新。</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>min</source>
            <translation>分钟</translation>
        </message>
        <message>
            <source>Feeds fetched at once</source>
            <translation>同时抓取的订阅源数</translation>
        </message>
        <message>
            <source>More is faster on a good connection; fewer is gentler on a slow one or behind a strict proxy.</source>
            <translation>网络良好时调大更快；网速慢或代理严格时调小更稳。</translation>
        </message>
        <message>
            <source>Contacts wanted per account tier</source>
            <translation>各层级客户的目标联系人数</translation>
        </message>
        <message>
            <source>How many people of each persona tier you want to know at an account of each tier: the People tab measures coverage and names the gaps against these numbers. Stored in this workspace, so everyone who opens it sees the same targets.</source>
            <translation>在每个层级的客户中，你希望认识各角色层级的多少人：“人员”标签页据此计算覆盖率并指出缺口。保存在本工作区中，打开它的每个人都看到相同的目标。</translation>
        </message>
        <message>
            <source>Weight of each trigger type</source>
            <translation>各类触发事件的权重</translation>
        </message>
        <message>
            <source>How much a fresh trigger of each type adds to an account's why-now score (0 ignores the type, 1 is the strongest). Stored in this workspace, so everyone who opens it sees the same scores.</source>
            <translation>每类新触发事件给客户“为何是现在”分数增加多少（0 表示忽略该类，1 为最强）。保存在此工作区中，打开它的每个人看到的分数都一样。</translation>
        </message>
        <message>
            <source>How much a fresh trigger of each type adds to an account's why-now score (0 ignores the type, 1 is the strongest). Empty fields use the built-in weight.</source>
            <translation type="vanished">每类新触发事件为客户的“为何是现在”得分增加多少（0 表示忽略该类型，1 为最强）。未修改的项使用内置权重。</translation>
        </message>
        <message>
            <source>Ideal customer profile</source>
            <extracomment>every setting, in the order the dialog shows them</extracomment>
            <translation>理想客户画像</translation>
        </message>
        <message>
            <source>The criteria every account in this workspace is scored against (also under Workspace ▸ Ideal customer profile…).</source>
            <translation>本工作区所有客户的评分标准（也可通过 工作区 ▸ 理想客户画像… 打开）。</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>Cannot save</source>
            <extracomment>keys of the settings whose value changed on OK</extracomment>
            <translation>无法保存</translation>
        </message>
    </context>
    <context>
        <name>ProblemDialog</name>
        <message>
            <source>Problem with the workspace</source>
            <translation>工作区出现问题</translation>
        </message>
        <message>
            <source>&amp;Restore the backup from %1</source>
            <translation>恢复 %1 的备份(&amp;R)</translation>
        </message>
        <message>
            <source>Re&amp;build the search index</source>
            <translation>重建搜索索引(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Open another workspace…</source>
            <translation>打开其他工作区(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Keep working</source>
            <translation>继续工作(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
    </context>
    <context>
        <name>QuickLogDialog</name>
        <message>
            <source>Move the stage?</source>
            <translation>推进阶段？</translation>
        </message>
        <message>
            <source>Edit touch</source>
            <translation>编辑触达</translation>
        </message>
        <message>
            <source>[do not contact]</source>
            <translation>[请勿联系]</translation>
        </message>
        <message>
            <source>— the account as a whole —</source>
            <translation>— 整个客户 —</translation>
        </message>
        <message>
            <source>Automatic (a reply came in, the rest went out)</source>
            <translation>自动（回复为对方发起，其余为我方发起）</translation>
        </message>
        <message>
            <source>e.g. the e-mail's subject line</source>
            <translation>例如邮件的主题行</translation>
        </message>
        <message>
            <source>What was said, what they asked for…</source>
            <translation>聊了什么，对方提了什么要求…</translation>
        </message>
        <message>
            <source>&amp;Contact</source>
            <translation>联系人(&amp;C)</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>渠道(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>结果(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Direction</source>
            <translation>方向(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Subject</source>
            <translation>主题(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>备注(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>时间(&amp;W)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天后</translation>
        </message>
        <message>
            <source>What to do then (optional)</source>
            <translation>届时要做什么（可选）</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Log and schedule &amp;next</source>
            <translation>记录并安排下一步(&amp;N)</translation>
        </message>
        <message>
            <source>Log this touch and add the next step as a task (Ctrl+Enter)</source>
            <translation>记录这次触达，并把下一步添加为任务 (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>[left]</source>
            <translation>[已离职]</translation>
        </message>
        <message>
            <source>in</source>
            <translation>在</translation>
        </message>
        <message>
            <source>by</source>
            <translation>通过</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Log</source>
            <translation>记录(&amp;L)</translation>
        </message>
        <message>
            <source>Delete touch %1</source>
            <translation>删除触达 %1</translation>
        </message>
        <message>
            <source>Why: %1</source>
            <translation>原因：%1</translation>
        </message>
        <message>
            <source>Touch changed — Ctrl+Z undoes</source>
            <translation>触达已修改 — 按 Ctrl+Z 撤销</translation>
        </message>
        <message>
            <source>Edit touch — %1</source>
            <translation>编辑触达 — %1</translation>
        </message>
        <message>
            <source>Log a touch — %1</source>
            <translation>记录触达 — %1</translation>
        </message>
        <message>
            <source>Stage moved to %1</source>
            <translation>阶段已推进到 %1</translation>
        </message>
        <message>
            <source>undo: the touch that suggested it was taken back</source>
            <translation>撤销：提示此次推进的触达已被撤回</translation>
        </message>
        <message>
            <source>Move %1 from %2 to %3?</source>
            <translation>将 %1 从 %2 推进到 %3？</translation>
        </message>
        <message>
            <source>Logged %1 · %2 with %3 — Ctrl+Z undoes</source>
            <translation>已记录与 %3 的 %1 · %2 — 按 Ctrl+Z 撤销</translation>
        </message>
        <message>
            <source>%1 asked not to be contacted.</source>
            <translation>%1 要求不要再联系。</translation>
        </message>
        <message>
            <source>%1's e-mail bounced before.</source>
            <translation>%1 的邮件之前被退回过。</translation>
        </message>
        <message>
            <source>%1 has left the company.</source>
            <translation>%1 已离职。</translation>
        </message>
        <message>
            <source>Log %1 · %2 with %3</source>
            <translation>记录与 %3 的 %1 · %2</translation>
        </message>
        <message>
            <source>“%1” matches %2 contacts: choose one from the list.</source>
            <translation>“%1”匹配到 %2 位联系人：请从列表中选择一位。</translation>
        </message>
    </context>
    <context>
        <name>Quota</name>
        <message>
            <source>The close rate</source>
            <extracomment>None when no MRR per opportunity was given: pipeline is all we can say ARR the rounded plan delivers: opportunities × MRR × 12 × SDRs × close rate needed − open: positive means short of the plan, negative means ahead of it open ÷ needed: 1.0 means exactly enough pipeline at this close rate needed − open opportunities (positive: short); None without an MRR per opportunity e.g. "Open opportunities average 4,000 MRR." (empty when there are none)</extracomment>
            <translation>成交率</translation>
        </message>
        <message>
            <source>The MRR per opportunity</source>
            <translation>每个商机的 MRR</translation>
        </message>
        <message>
            <source>The ARR target</source>
            <translation>ARR 目标</translation>
        </message>
        <message>
            <source>Give a close rate (e.g. 0.2 for 20%) or close rates by deal size.</source>
            <translation>请给出一个成交率（例如 0.2 表示 20%），或按商机规模给出成交率。</translation>
        </message>
        <message>
            <source>Give either one close rate or close rates by deal size, not both.</source>
            <translation>请只给出一个成交率，或按商机规模给出成交率，不要两者都给。</translation>
        </message>
        <message>
            <source>Close rates by deal size already give the MRR per opportunity; leave the separate MRR per opportunity out.</source>
            <translation>按商机规模给出的成交率已包含每个商机的 MRR，请不要再单独给出每个商机的 MRR。</translation>
        </message>
        <message>
            <source>Accounts per opportunity</source>
            <translation>每个商机对应的客户数</translation>
        </message>
        <message>
            <source> (rounded up: part of an opportunity cannot be sourced)</source>
            <translation>（向上取整：商机不能只开拓一部分）</translation>
        </message>
        <message>
            <source> (rounded up)</source>
            <translation>（向上取整）</translation>
        </message>
        <message>
            <source>The open pipeline MRR</source>
            <translation>在途管道 MRR</translation>
        </message>
        <message>
            <source> — exactly on plan</source>
            <translation>——正好符合计划</translation>
        </message>
        <message>
            <source>The close rate in deal-size band {band}</source>
            <translation>第 {band} 个商机规模区间的成交率</translation>
        </message>
        <message>
            <source>The MRR per opportunity in deal-size band {band}</source>
            <translation>第 {band} 个商机规模区间的每个商机 MRR</translation>
        </message>
        <message>
            <source>{rate} close rate</source>
            <translation>成交率 {rate}</translation>
        </message>
        <message>
            <source>{opps} opportunities × 1 account per sourced opportunity = {accounts} accounts per SDR (accounts where an opportunity is sourced)</source>
            <translation>{opps} 个商机 × 每个开拓出的商机 1 个客户 = 每名 SDR {accounts} 个客户（开拓出商机的客户）</translation>
        </message>
        <message>
            <source>{opps} opportunities × {per_account} accounts worked per sourced opportunity = {accounts} accounts to work per SDR{up}</source>
            <translation>{opps} 个商机 × 每开拓一个商机需跟进 {per_account} 个客户 = 每名 SDR 需跟进 {accounts} 个客户{up}</translation>
        </message>
        <message>
            <source> (+{surplus} from rounding up)</source>
            <translation>（向上取整多出 +{surplus}）</translation>
        </message>
        <message>
            <source>Open opportunities average {mrr} MRR.</source>
            <translation>在途商机平均 MRR 为 {mrr}。</translation>
        </message>
        <message>
            <source>{what} must be a number (got {value!r}).</source>
            <translation>{what}必须是数字（当前为 {value!r}）。</translation>
        </message>
        <message>
            <source> Write {percent:g}% as {rate:g}.</source>
            <translation>{percent:g}% 请写作 {rate:g}。</translation>
        </message>
        <message>
            <source>{what} must be above 0 and at most 1 (got {rate:g}).{hint}</source>
            <translation>{what}必须大于 0 且不超过 1（当前为 {rate:g}）。{hint}</translation>
        </message>
        <message>
            <source>{what} must be more than 0 (got {value:g}).</source>
            <translation>{what}必须大于 0（当前为 {value:g}）。</translation>
        </message>
        <message>
            <source>The ARR target must be more than 0 (got {value:g}).</source>
            <translation>ARR 目标必须大于 0（当前为 {value:g}）。</translation>
        </message>
        <message>
            <source>Accounts per opportunity must be at least 1: it is how many accounts an SDR works to source one opportunity (got {value:g}).</source>
            <translation>每个商机对应的客户数至少为 1：它表示 SDR 为开拓一个商机需要跟进多少个客户（当前为 {value:g}）。</translation>
        </message>
        <message>
            <source>The number of SDRs must be a whole number (got {value!r}).</source>
            <translation>SDR 人数必须是整数（当前为 {value!r}）。</translation>
        </message>
        <message>
            <source>The number of SDRs must be at least 1 (got {value}).</source>
            <translation>SDR 人数至少为 1（当前为 {value}）。</translation>
        </message>
        <message>
            <source>{arr} ARR target ÷ 12 months = {mrr} of new MRR to close</source>
            <translation>ARR 目标 {arr} ÷ 12 个月 = 需成交的新增 MRR {mrr}</translation>
        </message>
        <message>
            <source>{mrr} MRR ÷ {rate} AE close rate = {total} MRR of pipeline to source in total</source>
            <translation>MRR {mrr} ÷ AE 成交率 {rate} = 共需开拓的管道 MRR {total}</translation>
        </message>
        <message>
            <source>{per_sdr} MRR ÷ {mrr} MRR per opportunity = {exact} → {opps} opportunities per SDR{rounded}</source>
            <translation>MRR {per_sdr} ÷ 每个商机 MRR {mrr} = {exact} → 每名 SDR {opps} 个商机{rounded}</translation>
        </message>
        <message>
            <source>Check: {opps} × {mrr} MRR × 12 × {sdrs} SDRs × {rate} = {check} ARR ≥ {arr} target{extra}</source>
            <translation>核对：{opps} × MRR {mrr} × 12 × {sdrs} 名 SDR × {rate} = ARR {check} ≥ 目标 {arr}{extra}</translation>
        </message>
        <message>
            <source>The open pipeline MRR cannot be negative (got {value:g}).</source>
            <translation>在途管道 MRR 不能为负数（当前为 {value:g}）。</translation>
        </message>
        <message>
            <source>Open opportunities must be a whole number, 0 or more (got {value!r}).</source>
            <translation>在途商机数必须是 0 或更大的整数（当前为 {value!r}）。</translation>
        </message>
        <message>
            <source>{label}: open pipeline {open} MRR covers {percent}% of the {needed} MRR {sdrs} SDR needs</source>
            <translation>{label}：在途管道 MRR {open}，覆盖 {sdrs} 名 SDR 所需 MRR {needed} 的 {percent}%</translation>
        </message>
        <message>
            <source>{label}: open pipeline {open} MRR covers {percent}% of the {needed} MRR {sdrs} SDRs need</source>
            <translation>{label}：在途管道 MRR {open}，覆盖 {sdrs} 名 SDR 所需 MRR {needed} 的 {percent}%</translation>
        </message>
        <message>
            <source> — {gap} MRR short</source>
            <translation>——还差 MRR {gap}</translation>
        </message>
        <message>
            <source> The plan assumes {mrr} MRR per opportunity.</source>
            <translation>计划假设每个商机 MRR 为 {mrr}。</translation>
        </message>
        <message>
            <source>{mrr} MRR deals at {rate}</source>
            <translation>MRR {mrr} 的商机，成交率 {rate}</translation>
        </message>
        <message>
            <source>{total} MRR ÷ {sdrs} SDR = {per_sdr} MRR of pipeline per SDR</source>
            <translation>MRR {total} ÷ {sdrs} 名 SDR = 每名 SDR 的管道 MRR {per_sdr}</translation>
        </message>
        <message>
            <source>{total} MRR ÷ {sdrs} SDRs = {per_sdr} MRR of pipeline per SDR</source>
            <translation>MRR {total} ÷ {sdrs} 名 SDR = 每名 SDR 的管道 MRR {per_sdr}</translation>
        </message>
        <message>
            <source> — {gap} MRR ahead</source>
            <translation>——超出 MRR {gap}</translation>
        </message>
        <message>
            <source>; {open} of {needed} opportunities open, {more} more to source</source>
            <translation>；需要 {needed} 个商机，在途 {open} 个，还需开拓 {more} 个</translation>
        </message>
        <message>
            <source>; {open} of {needed} opportunities open</source>
            <translation>；需要 {needed} 个商机，在途 {open} 个</translation>
        </message>
        <message>
            <source>{sentence}.</source>
            <translation>{sentence}。</translation>
        </message>
    </context>
    <context>
        <name>QuotaCommand</name>
        <message>
            <source>The band's MRR per opportunity</source>
            <translation>区间的每个商机 MRR</translation>
        </message>
        <message>
            <source>The band's close rate</source>
            <translation>区间的成交率</translation>
        </message>
        <message>
            <source>Add --mrr-per-opp to turn pipeline into opportunities and accounts.</source>
            <translation>加上 --mrr-per-opp，即可把管道换算成商机数和客户数。</translation>
        </message>
        <message>
            <source>{what} must be a number such as 5000, 5,000 or 5k (got “{text}”).</source>
            <translation>{what}必须是数字，例如 5000、5,000 或 5k（当前为“{text}”）。</translation>
        </message>
        <message>
            <source>A band is MRR:RATE, e.g. 5000:0.15 or 5k:15% (got “{text}”).</source>
            <translation>区间的写法是 MRR:成交率，例如 5000:0.15 或 5k:15%（当前为“{text}”）。</translation>
        </message>
        <message>
            <source>Quota plan: {arr} ARR with {sdrs} SDR</source>
            <translation>配额计划：{sdrs} 名 SDR 完成 ARR {arr}</translation>
        </message>
        <message>
            <source>Quota plan: {arr} ARR with {sdrs} SDRs</source>
            <translation>配额计划：{sdrs} 名 SDR 完成 ARR {arr}</translation>
        </message>
        <message>
            <source>Each SDR: {pipeline} MRR of pipeline.</source>
            <translation>每名 SDR：管道 MRR {pipeline}。</translation>
        </message>
        <message>
            <source>Each SDR: {pipeline} MRR of pipeline, {opps} opportunities, {accounts} accounts.</source>
            <translation>每名 SDR：管道 MRR {pipeline}，{opps} 个商机，{accounts} 个客户。</translation>
        </message>
        <message>
            <source>{what} must be a number such as 0.2 or 20% (got “{text}”).</source>
            <translation>{what}必须是数字，例如 0.2 或 20%（当前为“{text}”）。</translation>
        </message>
        <message>
            <source>The number of SDRs must be a whole number (got “{text}”).</source>
            <translation>SDR 人数必须是整数（当前为“{text}”）。</translation>
        </message>
    </context>
    <context>
        <name>QuotaPanel</name>
        <message>
            <source>not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <source>ARR target</source>
            <translation>ARR 目标</translation>
        </message>
        <message>
            <source>SDRs</source>
            <translation>SDR 人数</translation>
        </message>
        <message>
            <source>AE close rate</source>
            <translation>AE 成交率</translation>
        </message>
        <message>
            <source>MRR per opportunity</source>
            <translation>每个商机的 MRR</translation>
        </message>
        <message>
            <source>Against this workspace's open pipeline</source>
            <translation>与本工作区在途管道对比</translation>
        </message>
    </context>
    <context>
        <name>Relationship</name>
        <message>
            <source>opted out: no relationship to build</source>
            <extracomment>how a channel reads in a sentence or a task title (the GUI translates these) channel names (English; `channel_label` words them for the reader) channels and outcomes as a reason names them in brackets: "positive reply (email)" outcomes where the other side took part (engagement, and a paused playbook) reply states a thread can be in (see `reply_state`)</extracomment>
            <translation>已退订：无法建立关系</translation>
        </message>
        <message>
            <source>no touch yet</source>
            <translation>尚无触达</translation>
        </message>
        <message>
            <source>email</source>
            <translation>邮件</translation>
        </message>
        <message>
            <source>call</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>voicemail</source>
            <translation>语音留言</translation>
        </message>
        <message>
            <source>linkedin</source>
            <translation>领英</translation>
        </message>
        <message>
            <source>sms</source>
            <translation>短信</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>event</source>
            <translation>活动</translation>
        </message>
        <message>
            <source>other</source>
            <translation>其他</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <source>no_answer</source>
            <translation>未接听</translation>
        </message>
        <message>
            <source>left_voicemail</source>
            <translation>已留言</translation>
        </message>
        <message>
            <source>meeting held ({outcome})</source>
            <translation>已开会（{outcome}）</translation>
        </message>
        <message>
            <source>{n:,} outbound touches</source>
            <translation>{n:,} 次主动触达</translation>
        </message>
        <message>
            <source>positive reply ({channel})</source>
            <translation>积极回复（{channel}）</translation>
        </message>
        <message>
            <source>neutral reply ({channel})</source>
            <translation>中性回复（{channel}）</translation>
        </message>
        <message>
            <source>negative reply ({channel})</source>
            <translation>消极回复（{channel}）</translation>
        </message>
        <message>
            <source>connected ({channel})</source>
            <translation>已接通（{channel}）</translation>
        </message>
        <message>
            <source>meeting booked ({channel})</source>
            <translation>已约会议（{channel}）</translation>
        </message>
        <message>
            <source>{n:,} outbound touch</source>
            <translation>{n:,} 次主动触达</translation>
        </message>
        <message>
            <source>no answer to {sent}</source>
            <translation>{sent}，未获回应</translation>
        </message>
        <message>
            <source>{score}/100 ({trend:+d} in 30 days)</source>
            <translation>{score}/100（30 天内 {trend:+d}）</translation>
        </message>
        <message>
            <source>{n:,} answer to {sent}</source>
            <translation>{sent}，获得 {n:,} 次回应</translation>
        </message>
        <message>
            <source>{n:,} answers to {sent}</source>
            <translation>{sent}，获得 {n:,} 次回应</translation>
        </message>
        <message>
            <source>last touch {days:.0f} days ago (half-life {half_life:g} days)</source>
            <translation>最近一次触达在 {days:.0f} 天前（半衰期 {half_life:g} 天）</translation>
        </message>
        <message>
            <source>{answers} in the last {window} days (all points at 1 answer per {outbound:g} outbound)</source>
            <translation>最近 {window} 天内{answers}（每 {outbound:g} 次主动触达获得 1 次回应即得满分）</translation>
        </message>
        <message>
            <source>{n:,} touch in the last {window} days (half the points at {half:g})</source>
            <translation>最近 {window} 天内 {n:,} 次触达（{half:g} 次得一半分数）</translation>
        </message>
        <message>
            <source>{n:,} touches in the last {window} days (half the points at {half:g})</source>
            <translation>最近 {window} 天内 {n:,} 次触达（{half:g} 次得一半分数）</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>Open account file</source>
            <translation>打开客户文件</translation>
        </message>
        <message>
            <source>Review: look at it read-only in its own window; your workspace does not change.
Import: merge it into your workspace. You see what would change first, and the workspace is backed up before anything is written.</source>
            <translation>审阅：在单独的窗口中只读查看，你的工作区不会改变。
导入：合并到你的工作区。会先显示将发生的变化，并在写入前备份工作区。</translation>
        </message>
        <message>
            <source>&amp;Review (read-only)</source>
            <translation>审阅（只读）(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>导入(&amp;I)…</translation>
        </message>
        <message>
            <source>Writing the account file…</source>
            <translation>正在写入客户文件…</translation>
        </message>
        <message>
            <source>WhyNow account files (*.whynow);;All files (*)</source>
            <translation>WhyNow 客户文件 (*.whynow);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Export account file</source>
            <translation>导出客户文件</translation>
        </message>
        <message>
            <source>WhyNow account files (*.whynow)</source>
            <translation>WhyNow 客户文件 (*.whynow)</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Stage changes</source>
            <translation>阶段变动</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>Feeds</source>
            <translation>订阅源</translation>
        </message>
        <message>
            <source>News items</source>
            <translation>新闻条目</translation>
        </message>
        <message>
            <source>Triggers</source>
            <translation>触发事件</translation>
        </message>
        <message>
            <source>Trigger sources</source>
            <translation>触发事件来源</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Note history</source>
            <translation>备注历史</translation>
        </message>
        <message>
            <source>Touches</source>
            <translation>触达</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Playbook enrolments</source>
            <translation>打法手册加入记录</translation>
        </message>
        <message>
            <source>Research sessions</source>
            <translation>调研记录</translation>
        </message>
        <message>
            <source>Deals</source>
            <translation>交易</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>信号</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>成本</translation>
        </message>
        <message>
            <source>Cannot open this account file</source>
            <translation>无法打开这个客户文件</translation>
        </message>
        <message>
            <source>Checking %1…</source>
            <translation>正在检查 %1…</translation>
        </message>
        <message>
            <source>Cannot import this account file</source>
            <translation>无法导入这个客户文件</translation>
        </message>
        <message>
            <source>Import cancelled — nothing was changed</source>
            <translation>导入已取消 — 没有任何更改</translation>
        </message>
        <message>
            <source>Comparing %1 with your workspace…</source>
            <translation>正在将 %1 与你的工作区比较…</translation>
        </message>
        <message>
            <source>and %1 more</source>
            <translation>另有 %1 个</translation>
        </message>
        <message>
            <source>Backing up, then importing %1…</source>
            <translation>正在备份，然后导入 %1…</translation>
        </message>
        <message>
            <source>%1 holds %2 account(s): %3.</source>
            <translation>%1 包含 %2 个客户：%3。</translation>
        </message>
        <message>
            <source>Exported by %1 on %2.</source>
            <translation>由 %1 于 %2 导出。</translation>
        </message>
        <message>
            <source>Imported %1: %2 new, %3 updated (your workspace was backed up first)</source>
            <translation>已导入 %1：新增 %2，更新 %3（已先备份你的工作区）</translation>
        </message>
        <message>
            <source>Wrote %1 account(s), %2 records, to %3</source>
            <translation>已将 %1 个客户、%2 条记录写入 %3</translation>
        </message>
    </context>
    <context>
        <name>ReviewWindow</name>
        <message>
            <source>Review — %1 (read-only)</source>
            <translation>审阅 — %1（只读）</translation>
        </message>
        <message>
            <source>Review mode — read-only</source>
            <translation>审阅模式 — 只读</translation>
        </message>
        <message>
            <source>&amp;Import into my workspace…</source>
            <translation>导入到我的工作区(&amp;I)…</translation>
        </message>
        <message>
            <source>This is %1 as it arrived; nothing here can be changed.</source>
            <translation>这是收到时的 %1；这里的内容都不能修改。</translation>
        </message>
        <message>
            <source>Exported by %1 on %2.</source>
            <translation>由 %1 于 %2 导出。</translation>
        </message>
        <message>
            <source>To work on these accounts, import the file into your workspace.</source>
            <translation>要处理这些客户，请把文件导入你的工作区。</translation>
        </message>
        <message>
            <source>Review mode — read-only: this window shows an account file as it arrived, and nothing in it can be changed. To work on it, import it.</source>
            <translation>审阅模式 — 只读：此窗口按收到时的原样显示客户文件，其中的内容都不能修改。如需处理，请导入它。</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Open the file again from your workspace's window: File ▸ Open account file…</source>
            <translation>请从你的工作区窗口重新打开该文件：文件 ▸ 打开客户文件…</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <source>Accounts</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>News</source>
            <translation>新闻</translation>
        </message>
        <message>
            <source>Triggers</source>
            <translation>触发事件</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Touches</source>
            <translation>触达</translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message>
            <source>Search everything</source>
            <extracomment>wait this long after the last keystroke before searching (a fast typist's gap is ~100 ms) which tab of the account page shows each kind of result (by the tab widget's class) results for the query now in the box are on screen (tests and benches wait for it)</extracomment>
            <translation>全局搜索</translation>
        </message>
        <message>
            <source>Search accounts, people, news, triggers, notes and touches — 物流, series b, 王芳…</source>
            <translation>搜索客户、人员、新闻、触发事件、备注和触达 — 物流、series b、王芳…</translation>
        </message>
        <message>
            <source>Type two or more letters or characters. ↑↓ move · Enter opens · Esc closes</source>
            <translation>请输入两个或以上的字母或汉字。↑↓ 移动 · Enter 打开 · Esc 关闭</translation>
        </message>
        <message>
            <source>Search failed: %1</source>
            <translation>搜索失败：%1</translation>
        </message>
        <message>
            <source>Nothing matches “%1”.</source>
            <translation>没有与“%1”匹配的内容。</translation>
        </message>
        <message>
            <source>%1 results in %2 ms · ↑↓ move · Enter opens · Esc closes</source>
            <translation>%2 毫秒内找到 %1 条结果 · ↑↓ 移动 · Enter 打开 · Esc 关闭</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <source>Cold</source>
            <translation>未接触</translation>
        </message>
        <message>
            <source>Engaged</source>
            <translation>已互动</translation>
        </message>
        <message>
            <source>MQA</source>
            <translation>MQA</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>已约会议</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>商机</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>成交客户</translation>
        </message>
        <message>
            <source>Renewal/expansion</source>
            <translation>续约/增购</translation>
        </message>
        <message>
            <source>Renewal / expansion</source>
            <translation>续约/增购</translation>
        </message>
    </context>
    <context>
        <name>StorageError</name>
        <message>
            <source>The workspace could not be read or written.</source>
            <translation>无法读取或写入工作区。</translation>
        </message>
        <message>
            <source>The disk is full: the change was not saved.</source>
            <translation>磁盘已满：更改未保存。</translation>
        </message>
        <message>
            <source>Free some space on the disk, then try again.</source>
            <translation>请释放一些磁盘空间后重试。</translation>
        </message>
        <message>
            <source>The workspace is opened read-only: changes cannot be saved.</source>
            <translation>工作区以只读方式打开：无法保存更改。</translation>
        </message>
        <message>
            <source>Check the file's permissions, or save a copy somewhere you can write.</source>
            <translation>请检查文件权限，或把副本保存到可写入的位置。</translation>
        </message>
        <message>
            <source>The workspace is busy: another program is writing to it.</source>
            <translation>工作区正忙：另一个程序正在写入。</translation>
        </message>
        <message>
            <source>Wait a moment and try again, or close the other WhyNow window.</source>
            <translation>请稍候再试，或关闭另一个 WhyNow 窗口。</translation>
        </message>
        <message>
            <source>The workspace file is damaged.</source>
            <translation>工作区文件已损坏。</translation>
        </message>
        <message>
            <source>Restore it from a backup (File ▸ Restore from backup) or open another workspace.</source>
            <translation type="vanished">请从备份恢复（文件 ▸ 从备份恢复），或打开另一个工作区。</translation>
        </message>
        <message>
            <source>This file is not a WhyNow workspace.</source>
            <translation>此文件不是 WhyNow 工作区。</translation>
        </message>
        <message>
            <source>Choose a .whynow workspace file, or create a new workspace.</source>
            <translation>请选择 .whynow 工作区文件，或新建一个工作区。</translation>
        </message>
        <message>
            <source>The workspace file cannot be opened.</source>
            <translation>无法打开工作区文件。</translation>
        </message>
        <message>
            <source>Check that the folder exists and that you may write to it.</source>
            <translation>请确认文件夹存在且你有写入权限。</translation>
        </message>
        <message>
            <source>This workspace was written by a newer version of WhyNow.</source>
            <translation>此工作区由更新版本的 WhyNow 写入。</translation>
        </message>
        <message>
            <source>Update WhyNow to open it; this version will not change the file.</source>
            <translation>请升级 WhyNow 后再打开；当前版本不会修改此文件。</translation>
        </message>
        <message>
            <source>File: {path}</source>
            <translation>文件：{path}</translation>
        </message>
        <message>
            <source>(SQLite said: {detail})</source>
            <translation>（SQLite 报告：{detail}）</translation>
        </message>
        <message>
            <source>Restore it from a backup (File ▸ Backups…) or open another workspace.</source>
            <translation>请从备份恢复（文件 ▸ 备份…），或打开另一个工作区。</translation>
        </message>
    </context>
    <context>
        <name>Task</name>
        <message>
            <source>{channel} {who}: {note}</source>
            <translation>{channel} {who}：{note}</translation>
        </message>
        <message>
            <source>{channel} {who}</source>
            <translation>{channel} {who}</translation>
        </message>
        <message>
            <source>{channel} {who} · {playbook} step {step}/{total}</source>
            <translation>{channel} {who} · {playbook} 第 {step}/{total} 步</translation>
        </message>
    </context>
    <context>
        <name>ThreadsLegend</name>
        <message>
            <source>Shape: channel · filled: they reached us (inbound) · hollow: we reached out · colour: outcome · struck through: bounced or opted out</source>
            <translation>形状：渠道 · 实心：对方联系我们（对方发起）· 空心：我方主动联系 · 颜色：结果 · 删除线：退信或已退订</translation>
        </message>
        <message>
            <source>hollow: we reached out</source>
            <translation type="vanished">空心：我方主动联系</translation>
        </message>
        <message>
            <source>filled: they reached us</source>
            <translation type="vanished">实心：对方联系我们</translation>
        </message>
        <message>
            <source>we reached out</source>
            <translation>我方主动联系</translation>
        </message>
        <message>
            <source>they reached us</source>
            <translation>对方联系我们</translation>
        </message>
    </context>
    <context>
        <name>TierCli</name>
        <message>
            <source>titles</source>
            <extracomment>misclassified titles listed under the human-readable --eval report</extracomment>
            <translation>职位数</translation>
        </message>
        <message>
            <source>right</source>
            <translation>正确</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>准确率</translation>
        </message>
        <message>
            <source>labelled tier</source>
            <translation>标注层级</translation>
        </message>
        <message>
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Confusion (rows: labelled, columns: predicted)</source>
            <translation>混淆矩阵（行：标注，列：预测）</translation>
        </message>
        <message>
            <source>Misclassified:</source>
            <translation>分错的职位：</translation>
        </message>
        <message>
            <source>{source}: {correct} of {total} titles right ({accuracy:.1%})</source>
            <translation>{source}：{total} 个职位中 {correct} 个正确（{accuracy:.1%}）</translation>
        </message>
        <message>
            <source>Misclassified (first {shown} of {total}):</source>
            <translation>分错的职位（共 {total} 个，列出前 {shown} 个）：</translation>
        </message>
        <message>
            <source>{title}: labelled {expected}, got {predicted} ({reason})</source>
            <translation>{title}：标注为 {expected}，结果为 {predicted}（{reason}）</translation>
        </message>
    </context>
    <context>
        <name>TierReason</name>
        <message>
            <source>set by hand</source>
            <translation>手动设置</translation>
        </message>
        <message>
            <source>no title</source>
            <translation>没有职位</translation>
        </message>
        <message>
            <source>empty title: no rule can match</source>
            <translation>职位为空：没有规则可以匹配</translation>
        </message>
        <message>
            <source>no words in "{title}": no rule can match</source>
            <translation>“{title}”中没有词语：没有规则可以匹配</translation>
        </message>
        <message>
            <source>no rule matched "{title}"</source>
            <translation>没有规则匹配“{title}”</translation>
        </message>
        <message>
            <source>no rule matched "{title}"; ignored "{ignored}" (exception "{exception}")</source>
            <translation>没有规则匹配“{title}”；已忽略“{ignored}”（例外“{exception}”）</translation>
        </message>
        <message>
            <source>rule "{rule}": matched "{words}"</source>
            <translation>规则“{rule}”：匹配到“{words}”</translation>
        </message>
        <message>
            <source>rule "{rule}": matched "{words}"; ignored "{ignored}" (exception "{exception}")</source>
            <translation>规则“{rule}”：匹配到“{words}”；已忽略“{ignored}”（例外“{exception}”）</translation>
        </message>
        <message>
            <source>rule "{rule}": matched "{words}"; outranks "{other}" (rule "{other_rule}", c_level)</source>
            <translation>规则“{rule}”：匹配到“{words}”；优先于“{other}”（规则“{other_rule}”，高管/副总裁）</translation>
        </message>
        <message>
            <source>rule "{rule}": matched "{words}"; outranks "{other}" (rule "{other_rule}", director)</source>
            <translation>规则“{rule}”：匹配到“{words}”；优先于“{other}”（规则“{other_rule}”，总监）</translation>
        </message>
        <message>
            <source>rule "{rule}": matched "{words}"; outranks "{other}" (rule "{other_rule}", practitioner)</source>
            <translation>规则“{rule}”：匹配到“{words}”；优先于“{other}”（规则“{other_rule}”，执行层）</translation>
        </message>
        <message>
            <source>rule "{rule}": matched "{words}"; outranks "{other}" (rule "{other_rule}", c_level); ignored "{ignored}" (exception "{exception}")</source>
            <translation>规则“{rule}”：匹配到“{words}”；优先于“{other}”（规则“{other_rule}”，高管/副总裁）；已忽略“{ignored}”（例外“{exception}”）</translation>
        </message>
        <message>
            <source>rule "{rule}": matched "{words}"; outranks "{other}" (rule "{other_rule}", director); ignored "{ignored}" (exception "{exception}")</source>
            <translation>规则“{rule}”：匹配到“{words}”；优先于“{other}”（规则“{other_rule}”，总监）；已忽略“{ignored}”（例外“{exception}”）</translation>
        </message>
        <message>
            <source>rule "{rule}": matched "{words}"; outranks "{other}" (rule "{other_rule}", practitioner); ignored "{ignored}" (exception "{exception}")</source>
            <translation>规则“{rule}”：匹配到“{words}”；优先于“{other}”（规则“{other_rule}”，执行层）；已忽略“{ignored}”（例外“{exception}”）</translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>步骤</translation>
        </message>
        <message>
            <source>Playbook</source>
            <translation>打法手册</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <source>Enter done · Shift+Enter done as… · S skip · Z snooze a day (Shift+Z a week) · E write the e-mail · Ctrl+Enter open the account</source>
            <translation>Enter 完成 · Shift+Enter 以…完成 · S 跳过 · Z 推迟一天（Shift+Z 推迟一周）· E 写邮件 · Ctrl+Enter 打开客户</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>(the account)</source>
            <translation>（整个客户）</translation>
        </message>
        <message>
            <source>next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Today — loading…</source>
            <translation>今日 — 正在加载…</translation>
        </message>
        <message>
            <source>Nothing due today. Enrol contacts in a playbook (an account's Outreach tab, “Enrol in playbook…”), or log a touch with “Log and schedule next”.</source>
            <translation>今天没有到期任务。可以把联系人加入打法手册（客户的“触达”标签页 ▸“加入打法手册…”），或用“记录并安排下一步”记录触达。</translation>
        </message>
        <message>
            <source>Due %1</source>
            <translation>%1 到期</translation>
        </message>
        <message>
            <source>Done: %1</source>
            <translation>已完成：%1</translation>
        </message>
        <message>
            <source>skipped in the Today queue</source>
            <translation>在“今日”队列中跳过</translation>
        </message>
        <message>
            <source>Skipped: %1</source>
            <translation>已跳过：%1</translation>
        </message>
        <message>
            <source>This step is a %1, not an e-mail.</source>
            <translation>这一步是%1，不是邮件。</translation>
        </message>
        <message>
            <source>%1 d overdue</source>
            <translation>逾期 %1 天</translation>
        </message>
        <message>
            <source>(snoozed)</source>
            <translation>（已推迟）</translation>
        </message>
        <message>
            <source>Today — cannot read the queue: %1</source>
            <translation>今日 — 无法读取队列：%1</translation>
        </message>
        <message>
            <source>Showing the first %1; scroll down for more.</source>
            <translation>显示前 %1 项；向下滚动查看更多。</translation>
        </message>
        <message>
            <source>(%1 d overdue)</source>
            <translation>（逾期 %1 天）</translation>
        </message>
        <message>
            <source>Stage moved to %1</source>
            <translation>阶段已推进到 %1</translation>
        </message>
        <message>
            <source>Opened the e-mail to %1; press Enter here once it is sent.</source>
            <translation>已打开发给 %1 的邮件；发送后请在这里按 Enter。</translation>
        </message>
        <message>
            <source>%1's e-mail bounced; find a new address first.</source>
            <translation>%1 的邮件被退回；请先找到新的地址。</translation>
        </message>
        <message>
            <source>No e-mail address for %1.</source>
            <translation>%1 没有邮箱地址。</translation>
        </message>
        <message>
            <source>Press E to open this e-mail in your mail program.</source>
            <translation>按 E 在邮件程序中打开这封邮件。</translation>
        </message>
        <message>
            <source>Snoozed until %1: %2</source>
            <translation>已推迟到 %1：%2</translation>
        </message>
        <message>
            <source>T%1 · why now %2</source>
            <translation type="vanished">T%1 · 为何是现在 %2</translation>
        </message>
        <message>
            <source>LinkedIn profile</source>
            <translation>领英主页</translation>
        </message>
        <message>
            <source>Today, %1 — %2 tasks due, %3 overdue</source>
            <translation>今日，%1 — %2 项到期，%3 项逾期</translation>
        </message>
        <message>
            <source>(bounced)</source>
            <translation>（退信）</translation>
        </message>
        <message>
            <source>Subject: %1</source>
            <translation>主题：%1</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <source>T%1 · %2</source>
            <translation>T%1 · %2</translation>
        </message>
        <message>
            <source>Tier %1, why-now score %2: higher tiers and hotter accounts come first</source>
            <translation>%1 级，“为何是现在”得分 %2：层级越高、越热的客户越靠前</translation>
        </message>
    </context>
    <context>
        <name>Tour</name>
        <message>
            <source>1 · The account</source>
            <translation>1 · 客户</translation>
        </message>
        <message>
            <source>Everything starts from a target account. The list on the left holds your accounts with their tier, stage and ICP fit; the page on the right says why this one fits your ideal customer profile and where it stands.</source>
            <translation>一切从目标客户开始。左侧列表是你的客户及其层级、阶段和 ICP 匹配度；右侧页面说明这家客户为何符合你的理想客户画像，以及它目前所处的阶段。</translation>
        </message>
        <message>
            <source>2 · Why now</source>
            <translation>2 · 为何是现在</translation>
        </message>
        <message>
            <source>WhyNow reads each account's news and blog feeds and picks out trigger events — funding, a new executive, an expansion — with the sentence that proves it. A fresh trigger is your reason to reach out this week.</source>
            <translation>WhyNow 阅读每个客户的新闻和博客订阅源，从中找出触发事件——融资、新高管上任、业务扩张——并附上作为证据的原句。一个新鲜的触发事件，就是你本周联系对方的理由。</translation>
        </message>
        <message>
            <source>3 · People by tier</source>
            <translation>3 · 按层级梳理人员</translation>
        </message>
        <message>
            <source>A deal is won by a buying committee, not one person. The People tab sorts contacts into three persona tiers — C-Level/VP, Director, Practitioner — and shows who is still missing.</source>
            <translation>赢单靠的是整个采购委员会，而不是某一个人。“人员”标签页把联系人分为三个角色层级——高管/副总裁、总监、执行层——并显示还缺哪些人。</translation>
        </message>
        <message>
            <source>4 · Outreach</source>
            <translation>4 · 触达</translation>
        </message>
        <message>
            <source>Work each tier in its own thread, in parallel: a strategic note to the executive, a practical one to the practitioner. Every touch is logged against the person and the account.</source>
            <translation>对每个层级分别、并行地推进：给高管讲战略价值，给执行层讲落地细节。每一次触达都会记录在对应的人和客户名下。</translation>
        </message>
        <message>
            <source>5 · Hand-off</source>
            <translation>5 · 交接</translation>
        </message>
        <message>
            <source>When a meeting is booked, move the stage and hand the account to your AE with notes: the trigger, the people, what was said. Ready? Close the tour and open an account of your own.</source>
            <translation>约到会议后，推进阶段，并附上备注把客户交给你的 AE：触发事件、相关人员、沟通内容。准备好了吗？关闭导览，打开你自己的客户吧。</translation>
        </message>
    </context>
    <context>
        <name>TourDialog</name>
        <message>
            <source>Welcome to WhyNow</source>
            <extracomment>the demo account each language tours (the one with the most people, news and history) the account-page tab to show, by its (English) title in the "AccountTabs" context</extracomment>
            <translation>欢迎使用 WhyNow</translation>
        </message>
        <message>
            <source>&amp;Don't show this again</source>
            <translation>不再显示(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Skip tour</source>
            <translation>跳过导览(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>上一步(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>下一步(&amp;N)</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>第 %1 / %2 页</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>完成(&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>Trigger</name>
        <message>
            <source>Funding</source>
            <translation>融资</translation>
        </message>
        <message>
            <source>Acquisition</source>
            <translation>收购</translation>
        </message>
        <message>
            <source>Leadership change</source>
            <translation>高管变动</translation>
        </message>
        <message>
            <source>Expansion</source>
            <translation>业务扩张</translation>
        </message>
        <message>
            <source>Product launch</source>
            <translation>产品发布</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>合作</translation>
        </message>
        <message>
            <source>Hiring</source>
            <translation>招聘</translation>
        </message>
        <message>
            <source>Layoffs / restructuring</source>
            <translation>裁员/重组</translation>
        </message>
        <message>
            <source>IPO</source>
            <translation>上市 (IPO)</translation>
        </message>
        <message>
            <source>Financial results</source>
            <translation>财报发布</translation>
        </message>
        <message>
            <source>Security incident</source>
            <translation>安全事件</translation>
        </message>
        <message>
            <source>Award</source>
            <translation>获奖</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>轮次</translation>
        </message>
        <message>
            <source>Counterpart</source>
            <translation>对方</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>人物</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
    </context>
    <context>
        <name>TriggerInbox</name>
        <message>
            <source>Triggers inbox</source>
            <translation>触发事件收件箱</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>Show &amp;all, not only new</source>
            <translation>显示全部，而不只是新的(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Mark all as seen</source>
            <translation>全部标为已读(&amp;M)</translation>
        </message>
        <message>
            <source>Why now</source>
            <translation>为何是现在</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>(unconfirmed)</source>
            <translation>（未证实）</translation>
        </message>
        <message>
            <source>Nothing new since you last looked. Refresh feeds (F5) to look for more.</source>
            <translation>自上次查看以来没有新内容。刷新订阅源 (F5) 查找更多。</translation>
        </message>
    </context>
    <context>
        <name>TriggerScore</name>
        <message>
            <source>dismissed</source>
            <translation>已忽略</translation>
        </message>
        <message>
            <source>unconfirmed</source>
            <translation>未证实</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>unknown type</source>
            <translation>未知类型</translation>
        </message>
        <message>
            <source>{type} weight {weight:g}, {age:.1f} days old (x{decay:.2f} at a {half_life:g}-day half-life), {state} (x{factor:g})</source>
            <translation>{type}：权重 {weight:g}，距今 {age:.1f} 天（半衰期 {half_life:g} 天，×{decay:.2f}），{state}（×{factor:g}）</translation>
        </message>
    </context>
    <context>
        <name>TriggerType</name>
        <message>
            <source>Funding</source>
            <translation>融资</translation>
        </message>
        <message>
            <source>Acquisition or merger</source>
            <translation>收购或合并</translation>
        </message>
        <message>
            <source>Leadership change</source>
            <translation>高管变动</translation>
        </message>
        <message>
            <source>Expansion</source>
            <translation>业务扩张</translation>
        </message>
        <message>
            <source>Product launch</source>
            <translation>产品发布</translation>
        </message>
        <message>
            <source>Partnership or integration</source>
            <translation>合作或集成</translation>
        </message>
        <message>
            <source>Hiring push</source>
            <translation>大规模招聘</translation>
        </message>
        <message>
            <source>Layoffs or restructuring</source>
            <translation>裁员或重组</translation>
        </message>
        <message>
            <source>IPO</source>
            <translation>上市 (IPO)</translation>
        </message>
        <message>
            <source>Financial results</source>
            <translation>财报发布</translation>
        </message>
        <message>
            <source>Security incident or outage</source>
            <translation>安全事件或服务中断</translation>
        </message>
        <message>
            <source>Award or recognition</source>
            <translation>获奖或表彰</translation>
        </message>
    </context>
    <context>
        <name>TriggersCli</name>
        <message>
            <source>(unconfirmed)</source>
            <extracomment>a trigger's status as people read it</extracomment>
            <translation>（未证实）</translation>
        </message>
        <message>
            <source>Nothing new since you last looked.</source>
            <translation>自上次查看以来没有新的触发事件。</translation>
        </message>
        <message>
            <source>Trigger confirmed.</source>
            <translation>已确认该触发事件。</translation>
        </message>
        <message>
            <source>Trigger dismissed.</source>
            <translation>已忽略该触发事件。</translation>
        </message>
        <message>
            <source>new</source>
            <translation>新</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>dismissed</source>
            <translation>已忽略</translation>
        </message>
        <message>
            <source>evidence: “{evidence}” · approach {tier}: {talking_point}</source>
            <translation>证据：“{evidence}” · 先联系{tier}：{talking_point}</translation>
        </message>
        <message>
            <source>Checked {items} items: {new} new triggers, {merged} more sources for known ones.</source>
            <translation>已检查 {items} 条内容：{new} 个新触发事件，已知事件新增 {merged} 个来源。</translation>
        </message>
        <message>
            <source>Added. Re-checked {items} items: {new} new triggers.</source>
            <translation>已添加。重新检查了 {items} 条内容：{new} 个新触发事件。</translation>
        </message>
        <message>
            <source>No triggers for {account} yet. Add its feeds and run `whynow refresh`.</source>
            <translation>{account} 还没有触发事件。请添加它的订阅源，然后运行 `whynow refresh`。</translation>
        </message>
        <message>
            <source>  (built-in {weight:g})</source>
            <translation>  （内置 {weight:g}）</translation>
        </message>
    </context>
    <context>
        <name>UserError</name>
        <message>
            <source>Choose at least one account to export.</source>
            <translation>请至少选择一个要导出的客户。</translation>
        </message>
        <message>
            <source>Employees cannot be negative.</source>
            <translation>员工人数不能为负数。</translation>
        </message>
        <message>
            <source>An account needs a name.</source>
            <translation>客户需要一个名称。</translation>
        </message>
        <message>
            <source>That account no longer exists.</source>
            <extracomment>a thread whose outbound touches got no answer for this long reads "cold"
----------
the workspace's own weights per trigger type (only those that differ from triggers.json) From this many unchecked items on, accounts are planned in worker processes: below it, starting them (and compiling the rules in each) costs more than it saves.</extracomment>
            <translation>该客户已不存在。</translation>
        </message>
        <message>
            <source>there is no such file</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <source>it is not a WhyNow workspace (not an SQLite file)</source>
            <translation>它不是 WhyNow 工作区（不是 SQLite 文件）</translation>
        </message>
        <message>
            <source>it is an SQLite file, but not a WhyNow workspace</source>
            <translation>它是 SQLite 文件，但不是 WhyNow 工作区</translation>
        </message>
        <message>
            <source>it was written by a newer version of WhyNow</source>
            <translation>它由更新版本的 WhyNow 写入</translation>
        </message>
        <message>
            <source>That is the workspace itself, not a backup of it.</source>
            <translation>这是工作区本身，不是它的备份。</translation>
        </message>
        <message>
            <source>Restore a backup: `whynow backups` lists them, `whynow restore FILE` restores one.</source>
            <translation>请恢复备份：`whynow backups` 列出备份，`whynow restore FILE` 恢复其中一个。</translation>
        </message>
        <message>
            <source>This workspace was written by a newer version of WhyNow.</source>
            <translation>此工作区由更新版本的 WhyNow 写入。</translation>
        </message>
        <message>
            <source>Update WhyNow to open it; this version will not change the file.</source>
            <translation>请升级 WhyNow 后再打开；当前版本不会修改此文件。</translation>
        </message>
        <message>
            <source>Rebuild it: `whynow search --rebuild-index` (nothing else changes).</source>
            <translation>请重建索引：`whynow search --rebuild-index`（不会改动其他内容）。</translation>
        </message>
        <message>
            <source>A deal needs a name.</source>
            <translation>交易需要一个名称。</translation>
        </message>
        <message>
            <source>That deal no longer exists.</source>
            <translation>该交易已不存在。</translation>
        </message>
        <message>
            <source>A deal closes as won or lost.</source>
            <translation>交易只能以赢单或丢单结束。</translation>
        </message>
        <message>
            <source>Say why the deal was lost: it is what the next SDR learns from.</source>
            <translation>请写明丢单原因：下一位 SDR 要从中学习。</translation>
        </message>
        <message>
            <source>the account name is empty</source>
            <translation>客户名称为空</translation>
        </message>
        <message>
            <source>A note needs some text.</source>
            <extracomment>a generous cap: a note is a paragraph or a page, not a pasted e-mail archive</extracomment>
            <translation>笔记需要填写内容。</translation>
        </message>
        <message>
            <source>A contact needs a name.</source>
            <extracomment>the tier reason of a tier chosen by hand (a stored phrase: `render` shows it) characters other than ASCII and CJK ideographs, none of which is a combining mark</extracomment>
            <translation>联系人需要姓名。</translation>
        </message>
        <message>
            <source>That contact no longer exists.</source>
            <translation>该联系人已不存在。</translation>
        </message>
        <message>
            <source>A contact cannot report to themselves.</source>
            <translation>联系人不能向自己汇报。</translation>
        </message>
        <message>
            <source>The manager is not a contact (any more).</source>
            <translation>该上级（已）不是联系人。</translation>
        </message>
        <message>
            <source>That note no longer exists.</source>
            <translation>该笔记已不存在。</translation>
        </message>
        <message>
            <source>That note is deleted; restore it before editing.</source>
            <translation>该笔记已删除；请先恢复再编辑。</translation>
        </message>
        <message>
            <source>{count} of those accounts no longer exist.</source>
            <translation>其中 {count} 个客户已不存在。</translation>
        </message>
        <message>
            <source>{name} is a folder, not an account file.</source>
            <translation>{name} 是文件夹，不是客户文件。</translation>
        </message>
        <message>
            <source>{name} is {value} MB; an account file is at most {value2} MB.</source>
            <translation>{name} 大小为 {value} MB；客户文件最大为 {value2} MB。</translation>
        </message>
        <message>
            <source>{name} is {kind}. WhyNow account files are exported with “Export accounts…”.</source>
            <translation>{name} 是{kind}。WhyNow 客户文件需通过“导出客户…”生成。</translation>
        </message>
        <message>
            <source>No such file: {path}</source>
            <translation>文件不存在：{path}</translation>
        </message>
        <message>
            <source>Cannot read {path}: {strerror}.</source>
            <translation>无法读取 {path}：{strerror}。</translation>
        </message>
        <message>
            <source>{name} cannot be opened.</source>
            <translation>无法打开 {name}。</translation>
        </message>
        <message>
            <source>{name} is an SQLite file, but not a WhyNow account file.</source>
            <translation>{name} 是 SQLite 文件，但不是 WhyNow 客户文件。</translation>
        </message>
        <message>
            <source>{name} was written by a newer version of WhyNow; update WhyNow to open it.</source>
            <translation>{name} 由更新版本的 WhyNow 写入；请升级 WhyNow 后再打开。</translation>
        </message>
        <message>
            <source>{name} is damaged or incomplete (it may have been cut off while copying).</source>
            <translation>{name} 已损坏或不完整（可能在复制时被截断）。</translation>
        </message>
        <message>
            <source>{name} is damaged or incomplete ({value}).</source>
            <translation>{name} 已损坏或不完整（{value}）。</translation>
        </message>
        <message>
            <source>{name} holds text that is not valid UTF-8; it was not written by WhyNow.</source>
            <translation>{name} 含有无效的 UTF-8 文本；它不是由 WhyNow 写入的。</translation>
        </message>
        <message>
            <source>{name} cannot be merged: {value}.</source>
            <translation>无法合并 {name}：{value}。</translation>
        </message>
        <message>
            <source>{name} cannot be merged: {value}. Nothing was changed.</source>
            <translation>无法合并 {name}：{value}。没有做任何更改。</translation>
        </message>
        <message>
            <source>Cannot write {target}: {value}.</source>
            <translation>无法写入 {target}：{value}。</translation>
        </message>
        <message>
            <source>{name} cannot be read: {value}</source>
            <translation>无法读取 {name}：{value}</translation>
        </message>
        <message>
            <source>{name} is damaged ({value}).</source>
            <translation>{name} 已损坏（{value}）。</translation>
        </message>
        <message>
            <source>Tier must be 1, 2 or 3, not {tier}.</source>
            <translation>级别必须是 1、2 或 3，而不是 {tier}。</translation>
        </message>
        <message>
            <source>Unknown field(s): {items}.</source>
            <translation>未知字段：{items}。</translation>
        </message>
        <message>
            <source>No account with id, domain or name “{key}”.</source>
            <translation>没有 ID、域名或名称为“{key}”的客户。</translation>
        </message>
        <message>
            <source>Unknown stage “{value}”. Use one of: {names}.</source>
            <translation>未知阶段“{value}”。可用：{names}。</translation>
        </message>
        <message>
            <source>Tier must be 1, 2 or 3, not “{value}”.</source>
            <translation>级别必须是 1、2 或 3，而不是“{value}”。</translation>
        </message>
        <message>
            <source>Employees must be a number, not “{value}”.</source>
            <translation>员工人数必须是数字，而不是“{value}”。</translation>
        </message>
        <message>
            <source>{count} accounts are called “{key}”; use the domain.</source>
            <translation>有 {count} 个客户名为“{key}”；请使用域名。</translation>
        </message>
        <message>
            <source>“{value}” is not a domain or web address.</source>
            <translation>“{value}”不是域名或网址。</translation>
        </message>
        <message>
            <source>No backup called {backup} (looked in {value}).</source>
            <translation>没有名为 {backup} 的备份（已在 {value} 中查找）。</translation>
        </message>
        <message>
            <source>Unknown backup reason “{reason}”. Use one of: {items}.</source>
            <translation>未知备份原因“{reason}”。可用：{items}。</translation>
        </message>
        <message>
            <source>There is no workspace at {path} to back up.</source>
            <translation>{path} 处没有可备份的工作区。</translation>
        </message>
        <message>
            <source>{name} cannot be restored: {why_not}. Nothing was changed.</source>
            <translation>无法恢复 {name}：{why_not}。没有做任何更改。</translation>
        </message>
        <message>
            <source>The restored workspace failed its check: {value}.</source>
            <translation>恢复后的工作区未通过检查：{value}。</translation>
        </message>
        <message>
            <source>Cannot write the backup {target}: {value}.</source>
            <translation>无法写入备份 {target}：{value}。</translation>
        </message>
        <message>
            <source>There is no workspace at {path}.</source>
            <translation>{path} 处没有工作区。</translation>
        </message>
        <message>
            <source>{foreign_key_problems} row(s) point at rows that no longer exist (for example a note whose account was removed outside WhyNow).</source>
            <translation>{foreign_key_problems} 行指向已不存在的行（例如在 WhyNow 之外删除了客户的笔记）。</translation>
        </message>
        <message>
            <source>The search index is out of step with the workspace ({counts}): some results may be missing or stale.</source>
            <translation>搜索索引与工作区不一致（{counts}）：部分结果可能缺失或过时。</translation>
        </message>
        <message>
            <source>{path} is not a WhyNow workspace; nothing was backed up.</source>
            <translation>{path} 不是 WhyNow 工作区；未进行备份。</translation>
        </message>
        <message>
            <source>Check that this is the file you meant. {restore_hint}</source>
            <translation>请确认这是你要打开的文件。{restore_hint}</translation>
        </message>
        <message>
            <source>{name} cannot be negative.</source>
            <translation>{name} 不能为负数。</translation>
        </message>
        <message>
            <source>The file needs a {items} column; it has: {items2}.</source>
            <translation>文件需要 {items} 列；现有列：{items2}。</translation>
        </message>
        <message>
            <source>{name} must be a number, not “{value}”.</source>
            <translation>{name} 必须是数字，而不是“{value}”。</translation>
        </message>
        <message>
            <source>{name} must be a date like 2026-11-23, not “{value}”.</source>
            <translation>{name} 必须是 2026-11-23 这样的日期，而不是“{value}”。</translation>
        </message>
        <message>
            <source>Kind must be one of {items}.</source>
            <translation>类型必须是以下之一：{items}。</translation>
        </message>
        <message>
            <source>Status must be one of {items}.</source>
            <translation>状态必须是以下之一：{items}。</translation>
        </message>
        <message>
            <source>Unknown deal field {key}.</source>
            <translation>未知交易字段 {key}。</translation>
        </message>
        <message>
            <source>No column holds the account name. Expected one of “Account Name”, “Company name” or “Name”; the file has: {items}.</source>
            <translation>没有包含客户名称的列。应为“Account Name”“Company name”或“Name”之一；文件中的列：{items}。</translation>
        </message>
        <message>
            <source>{name} is {value} MB; the limit is {value2} MB.</source>
            <translation>{name} 大小为 {value} MB；上限为 {value2} MB。</translation>
        </message>
        <message>
            <source>{path} is a folder, not a CSV file.</source>
            <translation>{path} 是文件夹，不是 CSV 文件。</translation>
        </message>
        <message>
            <source>You may not read {path}.</source>
            <translation>你没有读取 {path} 的权限。</translation>
        </message>
        <message>
            <source>same domain {domain} as row {seen_in_file}; only the first is imported</source>
            <translation>域名 {domain} 与第 {seen_in_file} 行相同；只导入第一行</translation>
        </message>
        <message>
            <source>already in the workspace as “{name}”</source>
            <translation>工作区中已有此客户：“{name}”</translation>
        </message>
        <message>
            <source>A note can hold up to {MAX_BODY_CHARS:,} characters; this one has {count:,}.</source>
            <translation>笔记最多 {MAX_BODY_CHARS:,} 个字符；这条有 {count:,} 个。</translation>
        </message>
        <message>
            <source>{full_name} belongs to another account; a note stays with one account.</source>
            <translation>{full_name} 属于另一个客户；一条笔记只能属于一个客户。</translation>
        </message>
        <message>
            <source>This account has no contact with id or e-mail “{key}”.</source>
            <translation>该客户没有 ID 或邮箱为“{key}”的联系人。</translation>
        </message>
        <message>
            <source>Unknown kind “{value}”. Use one of: {items}.</source>
            <translation>未知类型“{value}”。可用：{items}。</translation>
        </message>
        <message>
            <source>{path} already exists; open it instead, or choose another name.</source>
            <translation>{path} 已存在；请直接打开，或换一个名称。</translation>
        </message>
        <message>
            <source>it cannot be read ({error})</source>
            <translation>无法读取（{error}）</translation>
        </message>
        <message>
            <source>it is damaged (SQLite said: {error})</source>
            <translation>已损坏（SQLite 报告：{error}）</translation>
        </message>
        <message>
            <source>it is damaged ({count} problem(s); SQLite said: {first})</source>
            <translation>已损坏（{count} 个问题；SQLite 报告：{first}）</translation>
        </message>
        <message>
            <source>Create one with `whynow workspace new {path}`.</source>
            <translation>可用 `whynow workspace new {path}` 新建一个。</translation>
        </message>
        <message>
            <source>The workspace file {name}: {why_not}.</source>
            <translation>工作区文件 {name}：{why_not}。</translation>
        </message>
        <message>
            <source>Restore the newest healthy backup, from {taken_at} UTC: `whynow restore {name}` (the damaged file is kept as a backup first).</source>
            <translation>请恢复最新的完好备份（{taken_at} UTC）：`whynow restore {name}`（损坏的文件会先保存为备份）。</translation>
        </message>
        <message>
            <source>With no healthy backup, SQLite can often rescue the rows: `sqlite3 {name} .recover | sqlite3 rescued.whynow`.</source>
            <translation>没有完好备份时，SQLite 通常能抢救出数据行：`sqlite3 {name} .recover | sqlite3 rescued.whynow`。</translation>
        </message>
        <message>
            <source>A PDF brief needs a file to go to: add -o FILE.pdf.</source>
            <translation>PDF 简报需要指定输出文件：请加上 -o FILE.pdf。</translation>
        </message>
        <message>
            <source>PDF briefs need the desktop part of WhyNow (Qt), which is not available here. Use --format html and print that from a browser.</source>
            <translation>PDF 简报需要 WhyNow 的桌面组件 (Qt)，但这里没有。请改用 --format html，再从浏览器打印。</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>无法写入 {path}：{reason}。</translation>
        </message>
        <message>
            <source>Snapshots need the desktop part of WhyNow (Qt), which is not available here.</source>
            <translation>截图需要 WhyNow 的桌面部分 (Qt)，此处不可用。</translation>
        </message>
        <message>
            <source>--next-channel and --next-note need --next-in DAYS.</source>
            <translation>--next-channel 和 --next-note 需要同时给出 --next-in 天数。</translation>
        </message>
        <message>
            <source>{path} must hold a JSON list of playbooks.</source>
            <translation>{path} 必须是打法手册的 JSON 列表。</translation>
        </message>
        <message>
            <source>Cannot read playbooks from {path}: {reason}</source>
            <translation>无法从 {path} 读取打法手册：{reason}</translation>
        </message>
        <message>
            <source>--size must look like 1280x800, not “{size}”.</source>
            <translation>--size 的格式应为 1280x800，而不是“{size}”。</translation>
        </message>
        <message>
            <source>That touch no longer exists.</source>
            <translation>该触达记录已不存在。</translation>
        </message>
        <message>
            <source>That task no longer exists.</source>
            <translation>该任务已不存在。</translation>
        </message>
        <message>
            <source>That playbook enrolment no longer exists.</source>
            <translation>该打法登记已不存在。</translation>
        </message>
        <message>
            <source>The next step cannot be in the past (days must be 0 or more).</source>
            <translation>下一步不能在过去（天数必须大于或等于 0）。</translation>
        </message>
        <message>
            <source>Snooze for at least one day.</source>
            <translation>至少推迟一天。</translation>
        </message>
        <message>
            <source>Unknown persona tier “{value}”. Use one of: {names}.</source>
            <translation>未知角色层级“{value}”。可用：{names}。</translation>
        </message>
        <message>
            <source>“{text}” is not an e-mail address.</source>
            <translation>“{text}”不是邮箱地址。</translation>
        </message>
        <message>
            <source>“{text}” is not a LinkedIn profile address (expected e.g. https://www.linkedin.com/in/jane-doe).</source>
            <translation>“{text}”不是领英个人主页地址（应类似 https://www.linkedin.com/in/jane-doe）。</translation>
        </message>
        <message>
            <source>{count} contacts have the e-mail {key}; use the id.</source>
            <translation>有 {count} 个联系人的邮箱是 {key}；请使用 ID。</translation>
        </message>
        <message>
            <source>No contact with id or e-mail “{key}”.</source>
            <translation>没有 ID 或邮箱为“{key}”的联系人。</translation>
        </message>
        <message>
            <source>{full_name} works at another account; reporting lines stay within one.</source>
            <translation>{full_name} 在另一个客户任职；汇报关系只能在同一客户内。</translation>
        </message>
        <message>
            <source>That would make a loop in the reporting line: {loop}.</source>
            <translation>这会让汇报关系形成循环：{loop}。</translation>
        </message>
        <message>
            <source>Unknown buying role “{value}”. Use one of: {names}.</source>
            <translation>未知采购角色“{value}”。可用：{names}。</translation>
        </message>
        <message>
            <source>Unknown status “{value}”. Use one of: {names}.</source>
            <translation>未知状态“{value}”。可用：{names}。</translation>
        </message>
        <message>
            <source>The workspace's committee defaults cannot be used: {exc}</source>
            <translation>无法使用工作区的采购委员会默认设置：{exc}</translation>
        </message>
        <message>
            <source>Those committee defaults cannot be used: {exc}</source>
            <translation>无法使用这些采购委员会默认设置：{exc}</translation>
        </message>
        <message>
            <source>{name}'s committee targets cannot be used: {exc}</source>
            <translation>无法使用 {name} 的采购委员会目标：{exc}</translation>
        </message>
        <message>
            <source>{full_name} is already a contact at {name}.</source>
            <translation>{full_name} 已是 {name} 的联系人。</translation>
        </message>
        <message>
            <source>Those committee targets cannot be used: {exc}</source>
            <translation>无法使用这些采购委员会目标：{exc}</translation>
        </message>
        <message>
            <source>Unknown {what} “{value}”. Use one of: {items}.</source>
            <translation>未知 {what}“{value}”。可用：{items}。</translation>
        </message>
        <message>
            <source>No contact “{wanted}” at {name}. Contacts: {listed}{more}.</source>
            <translation>{name} 没有联系人“{wanted}”。联系人：{listed}{more}。</translation>
        </message>
        <message>
            <source>{name} has no contacts yet; log the touch for the account.</source>
            <translation>{name} 还没有联系人；请把触达记在客户上。</translation>
        </message>
        <message>
            <source>{full_name} is not a contact at {name}.</source>
            <translation>{full_name} 不是 {name} 的联系人。</translation>
        </message>
        <message>
            <source>No playbook for {tier} contacts; choose one: {names}.</source>
            <translation>没有适用于{tier}联系人的打法；请选择：{names}。</translation>
        </message>
        <message>
            <source>Only an active playbook can be paused (this one is {status}).</source>
            <translation>只能暂停进行中的打法（此打法为 {status}）。</translation>
        </message>
        <message>
            <source>Only a paused playbook can be resumed (this one is {status}).</source>
            <translation>只能恢复已暂停的打法（此打法为 {status}）。</translation>
        </message>
        <message>
            <source>{full_name} cannot be contacted ({value}).</source>
            <translation>无法联系 {full_name}（{value}）。</translation>
        </message>
        <message>
            <source>That task is already {status}.</source>
            <translation>该任务已是 {status}。</translation>
        </message>
        <message>
            <source>Research on {name} is already being timed (since {started_at}).</source>
            <translation>{name} 的调研已在计时（自 {started_at} 起）。</translation>
        </message>
        <message>
            <source>No research timer is running for {name}.</source>
            <translation>{name} 没有正在运行的调研计时。</translation>
        </message>
        <message>
            <source>“{value}” is not a date; write YYYY-MM-DD.</source>
            <translation>“{value}”不是日期；请写成 YYYY-MM-DD。</translation>
        </message>
        <message>
            <source>The workspace's saved playbooks cannot be used: {exc}</source>
            <translation>无法使用工作区保存的打法：{exc}</translation>
        </message>
        <message>
            <source>That playbook cannot be saved: {exc}</source>
            <translation>无法保存该打法：{exc}</translation>
        </message>
        <message>
            <source>No playbook “{name}”. Playbooks: {names}.</source>
            <translation>没有名为“{name}”的打法。现有打法：{names}。</translation>
        </message>
        <message>
            <source>Cannot write {path}: {value}.</source>
            <translation>无法写入 {path}：{value}。</translation>
        </message>
        <message>
            <source>Research on {name} is already being timed.</source>
            <translation>{name} 的调研已在计时。</translation>
        </message>
        <message>
            <source>{full_name} cannot be enrolled: {why}.</source>
            <translation>无法为 {full_name} 登记打法：{why}。</translation>
        </message>
        <message>
            <source>“{value}” is not a date or time; write e.g. 2026-03-02 or 2026-03-02T14:30.</source>
            <translation>“{value}”不是日期或时间；请写成 2026-03-02 或 2026-03-02T14:30。</translation>
        </message>
        <message>
            <source>Write each weight as TYPE=NUMBER, e.g. funding=1.5, not “{item}”.</source>
            <translation>请把每个权重写成 类型=数字，例如 funding=1.5，而不是“{item}”。</translation>
        </message>
        <message>
            <source>Unknown trigger type “{name}”. Use one of: {names}.</source>
            <translation>未知触发事件类型“{name}”。可用：{names}。</translation>
        </message>
        <message>
            <source>A trigger weight is between 0 and {most:g}, not {value}.</source>
            <translation>触发事件权重应在 0 到 {most:g} 之间，而不是 {value}。</translation>
        </message>
        <message>
            <source>That feed no longer exists.</source>
            <translation>该订阅源已不存在。</translation>
        </message>
        <message>
            <source>Workers must be between 1 and 64.</source>
            <translation>同时抓取的订阅源数必须在 1 到 64 之间。</translation>
        </message>
        <message>
            <source>Tier must be 1, 2 or 3.</source>
            <translation>级别必须是 1、2 或 3。</translation>
        </message>
        <message>
            <source>That trigger no longer exists.</source>
            <translation>该触发事件已不存在。</translation>
        </message>
        <message>
            <source>A phrase needs at least two characters.</source>
            <translation>短语至少需要两个字符。</translation>
        </message>
        <message>
            <source>This account already follows {url}.</source>
            <translation>该客户已订阅 {url}。</translation>
        </message>
        <message>
            <source>A period looks like 30d, 12w, 3m or 1y, not “{text}”.</source>
            <translation>时间段的写法如 30d、12w、3m 或 1y，而不是“{text}”。</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <extracomment>for each row, its number as a spreadsheet shows it (header = 1); blank lines count (row number as the user sees it in a spreadsheet, message) for rows we had to fix</extracomment>
            <translation>文件为空。</translation>
        </message>
        <message>
            <source>This is not a vCard file (it contains binary data).</source>
            <translation>这不是 vCard 文件（含有二进制数据）。</translation>
        </message>
        <message>
            <source>This is not a vCard file: it has no BEGIN:VCARD line.</source>
            <translation>这不是 vCard 文件：没有 BEGIN:VCARD 行。</translation>
        </message>
        <message>
            <source>This is not a CSV file (it contains binary data).</source>
            <translation>这不是 CSV 文件（含有二进制数据）。</translation>
        </message>
        <message>
            <source>The file has no header row.</source>
            <translation>文件没有表头行。</translation>
        </message>
        <message>
            <source>The first row is empty; it should name the columns.</source>
            <translation>第一行为空；它应当写明各列名称。</translation>
        </message>
        <message>
            <source>No column holds the contact's name. Expected “First Name” and “Last Name”, or “Full Name”/“Name”; the file has: {items}.</source>
            <translation>没有包含联系人姓名的列。应为“First Name”和“Last Name”，或“Full Name”/“Name”；文件中的列：{items}。</translation>
        </message>
        <message>
            <source>No column says where the contacts work: expected “Company”/“Account Name”, “Email” or “Company Domain”; the file has: {items}.</source>
            <translation>没有说明联系人所在公司的列：应为“Company”/“Account Name”、“Email”或“Company Domain”；文件中的列：{items}。</translation>
        </message>
        <message>
            <source>The workspace changed since the preview (an account was removed?); nothing was imported. Preview the file again. ({detail})</source>
            <translation>预览之后工作区有变动（是否删除了客户？）；没有导入任何内容。请重新预览文件。（{detail}）</translation>
        </message>
        <message>
            <source>The header row cannot be read: {exc}.</source>
            <translation>无法读取表头行：{exc}。</translation>
        </message>
        <message>
            <source>Row {line_num} cannot be read: {exc}.</source>
            <translation>无法读取第 {line_num} 行：{exc}。</translation>
        </message>
    </context>
    <context>
        <name>WhyNowTab</name>
        <message>
            <source>Show dismissed</source>
            <translation>显示已忽略的</translation>
        </message>
        <message>
            <source>Teach a &amp;phrase…</source>
            <translation>教它一个说法(&amp;P)…</translation>
        </message>
        <message>
            <source>Add your own words for a trigger type; stored items are checked again</source>
            <translation>为某类触发事件添加你自己的说法；已保存的内容会重新检查</translation>
        </message>
        <message>
            <source>&amp;Confirm</source>
            <translation>确认(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Dismiss</source>
            <translation>忽略(&amp;D)</translation>
        </message>
        <message>
            <source>Copy &amp;talking point</source>
            <translation>复制沟通要点(&amp;T)</translation>
        </message>
        <message>
            <source>Why-now score: %1 / 100</source>
            <translation>“为何是现在”得分：%1 / 100</translation>
        </message>
        <message>
            <source>news surge: publishing well above its usual pace</source>
            <translation>新闻激增：发布频率远高于平时</translation>
        </message>
        <message>
            <source>unconfirmed</source>
            <translation>未证实</translation>
        </message>
        <message>
            <source>dismissed</source>
            <translation>已忽略</translation>
        </message>
        <message>
            <source>No trigger events found in this account's news yet.</source>
            <translation>还没有在该客户的新闻中发现触发事件。</translation>
        </message>
        <message>
            <source>No news yet. Add the company's feeds in the News tab (“Feeds…”), then refresh: funding rounds, new executives, expansions and launches will show up here with the evidence.</source>
            <translation>还没有新闻。请在“新闻”标签页（“订阅源…”）添加公司的订阅源，然后刷新：融资、新高管上任、业务扩张和产品发布都会连同证据显示在这里。</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>恢复(&amp;R)</translation>
        </message>
        <message>
            <source>Add %1 as a contact</source>
            <translation>将 %1 添加为联系人</translation>
        </message>
        <message>
            <source>Who:</source>
            <translation>对象：</translation>
        </message>
        <message>
            <source>No contact in that tier yet: add one in the People tab.</source>
            <translation>该层级还没有联系人：请在“人员”标签页添加。</translation>
        </message>
        <message>
            <source>Sources (%1)</source>
            <translation>来源（%1）</translation>
        </message>
        <message>
            <source>Talking point copied</source>
            <translation>已复制沟通要点</translation>
        </message>
        <message>
            <source>Added %1 as %2</source>
            <translation>已将 %1 添加为 %2</translation>
        </message>
        <message>
            <source>Phrase added; %1 new triggers found in stored news</source>
            <translation>已添加说法；在已保存的新闻中找到 %1 个新触发事件</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <source>Unconfirmed: the source hedges (e.g. “reportedly”, “in talks”, “据悉”).</source>
            <translation>未证实：来源措辞含糊（例如“reportedly”“in talks”“据悉”）。</translation>
        </message>
        <message>
            <source>Approach first</source>
            <translation>优先接触</translation>
        </message>
    </context>
    <context>
        <name>WindowManager</name>
        <message>
            <source>Cannot open workspace</source>
            <translation type="vanished">无法打开工作区</translation>
        </message>
    </context>
    <context>
        <name>tab</name>
        <message>
            <source>Set %1 to %2</source>
            <translation>将 %1 设为 %2</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>删除 %1</translation>
        </message>
        <message>
            <source>note</source>
            <extracomment>the filter's "all notes" and "about the account as a whole" choices (contact ids otherwise)</extracomment>
            <translation>备注</translation>
        </message>
        <message>
            <source>Delete note “%1”</source>
            <translation>删除备注“%1”</translation>
        </message>
    </context>
</TS>
