/// The editor's style sheet and its one script. The script only adds: rows appended in place
/// and totals recomputed while typing; without it every button is a post the server answers.
enum EditorAssets {
    static let css = """
        *{box-sizing:border-box}
        html{scroll-padding-bottom:5.5em}
        body{margin:0;font:18px/1.6 "Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1c1c1c;background:#fafafa}
        .skip{position:absolute;left:-9999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:9}
        .top{background:#a8161b;color:#fff;padding:10px 16px}.top a{color:#fff}
        main{max-width:1100px;margin:0 auto;padding:12px 16px 48px}
        h1{font-size:1.5em;margin:.4em 0}h2{font-size:1.15em}
        .path{color:#555;font-size:.85em;word-break:break-all}
        .field{margin:0 0 14px}
        label{display:block;font-weight:600;margin-bottom:2px}
        .choice label{display:inline;font-weight:400;margin-left:4px}
        input[type=text],input[type=password],input[type=email],input[type=tel],input[type=url],input[type=date],
        input[type=month],
        select,textarea{
          font:inherit;width:100%;max-width:36em;padding:6px 8px;border:1px solid #767676;border-radius:3px;
            background:#fff;color:#1c1c1c}
        textarea{max-width:100%}
        input:focus,select:focus,textarea:focus,button:focus,a:focus{outline:3px solid #1a5fb4;outline-offset:1px}
        .money,.number{text-align:right;font-variant-numeric:tabular-nums}
        .hint{color:#555;font-size:.85em;margin:2px 0 0}
        details.paste{margin:6px 0 12px}details.paste textarea{width:100%;box-sizing:border-box}
        .notice.pasted ul{margin:0 0 6px;padding-left:1.2em}
        table.accounts th,table.accounts td{white-space:nowrap}table.accounts caption{text-align:left}
        table.accounts input[type=password]{width:10em}table.accounts label{display:inline;font-weight:400}
        table.accounts td input[type=checkbox]{min-width:0}table.accounts td:last-child{white-space:normal}
        .req{color:#a8161b}
        .visually-hidden{position:absolute!important;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden;
          white-space:nowrap}
        .enter-default{position:absolute;left:-9999px}
        fieldset{border:1px solid #c8c8c8;border-radius:4px;margin:0 0 16px;padding:8px 12px}
        legend{font-weight:700;padding:0 4px}
        .invalid input,.invalid select,.invalid textarea,[aria-invalid=true]{border-color:#a8161b;border-width:2px}
        .problems p{margin:4px 0;padding:4px 8px;background:#fdecea;border-left:4px solid #a8161b;font-size:.9em}
        .problems p.warning{background:#fff6dc;border-left-color:#8a5a00}
        .code{font-family:monospace;font-size:.75em;color:#555}
        .summary{border:2px solid #a8161b;background:#fff;padding:8px 16px;margin:12px 0}
        .summary li{margin:4px 0}.summary a{color:#1a5fb4}
        .summary.elsewhere{border-color:#b36b00}
        .account{display:flex;flex-wrap:wrap;gap:12px;justify-content:flex-end;align-items:center;padding:6px 16px;
        background:#f4f4f4;border-bottom:1px solid #ccc}.account form{display:inline;margin:0}
        .notice{padding:10px 14px;margin:12px 0;border-radius:4px;background:#eef3fb;border:1px solid #1a5fb4}
        .notice.ok{background:#e9f6ec;border-color:#1d6b32}.notice.bad{background:#fdecea;border-color:#a8161b}
        .scroll{overflow-x:auto;max-width:100%}
        table.rows{border-collapse:collapse;min-width:100%}
        table.rows th,table.rows td{border:1px solid #d0d0d0;padding:4px;vertical-align:top}
        table.rows thead th{background:#f0f0f0;font-size:.85em;white-space:nowrap}
        table.rows td input,table.rows td select{min-width:7em;max-width:none}
        .row-actions{white-space:nowrap}
        .row-actions button{font-size:.8em;padding:2px 6px;margin:1px}
        tfoot output{display:block;text-align:right;font-weight:700;font-variant-numeric:tabular-nums}
        .implied output{font-weight:700}
        button{font:inherit;padding:6px 14px;border:1px solid #555;border-radius:3px;background:#fff;color:#1c1c1c;
          cursor:pointer}
        button.primary{background:#a8161b;color:#fff;border-color:#a8161b}
        button.danger{background:#a8161b;color:#fff}
        .add-row{margin:6px 0 18px}
        .actions{display:flex;flex-wrap:wrap;gap:10px;margin-top:10px}
        .preview{border:1px dashed #999;padding:4px 12px;margin-top:10px;background:#fff}
        .muted{color:#555;font-size:.85em}
        .conflict table{border-collapse:collapse}.conflict th,.conflict td{border:1px solid #ccc;padding:4px 8px;
          text-align:left}
        .delete{margin-top:24px}
        .behind{background:#fff6dc;border-bottom:4px solid #8a5a00;padding:10px 16px}
        .behind ul{margin:4px 0 0;padding-left:1.2em}.behind a{color:#1a5fb4}
        .review-box{border:2px solid #1a5fb4;background:#fff;border-radius:4px;padding:8px 16px;margin:12px 0}
        .review-box h2{margin:.2em 0}.review-box p{margin:.3em 0}#review-state{font-weight:700}
        .review-box .returned{background:#fdecea;border-left:4px solid #a8161b;padding:4px 8px}
        .action-bar{position:sticky;bottom:0;z-index:5;background:#fff;border-top:2px solid #c8c8c8;
          padding:10px 0;margin:16px 0 0;box-shadow:0 -4px 8px rgba(0,0,0,.06)}
        .readonly .label{display:inline-block;min-width:8em;font-weight:600;color:#333}
        .readonly .value{font-variant-numeric:tabular-nums}
        dl.sheet{display:grid;grid-template-columns:auto 1fr;gap:4px 16px}dl.sheet dt{font-weight:700}
        dl.sheet dd{margin:0;word-break:break-all}
        ul.due{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:8px}
        a.button{display:inline-block;padding:6px 14px;border:1px solid #a8161b;border-radius:3px;background:#a8161b;
          color:#fff;text-decoration:none}
        @media (max-width:640px){
          body{font-size:17px}main{padding:8px 10px 24px}
          .scroll{overflow-x:visible}
          table.rows,table.rows tbody,table.rows tfoot,table.rows tr,table.rows th,table.rows td{display:block;
            width:100%}
          table.rows{min-width:0}table.rows thead{position:absolute;left:-10000px}
          table.rows tr{border:1px solid #c8c8c8;border-radius:4px;margin:0 0 10px;padding:6px 8px;background:#fff}
          table.rows th,table.rows td{border:0;padding:3px 0}
          table.rows td[data-label]::before,table.rows th[data-label]::before{content:attr(data-label);display:block;
            font-size:.8em;color:#555;font-weight:600}
          table.rows th[data-label]::before{display:inline;margin-right:2px}
          table.rows th[data-label]:lang(zh)::after{content:" 行"}table.rows th[scope=row]{text-align:left}
          table.rows td input,table.rows td select{min-width:0;width:100%}
          table.rows td.empty{display:none}
          .row-actions{white-space:normal}
          .readonly .label{display:block}
        }
        """

    static let script = """
        (function(){
        "use strict";
        var editor=document.getElementById("editor"),unreadable=editor?editor.getAttribute("data-unreadable"):"?";
        function fen(text){var t=String(text||"").replace(/[,，\\s]/g,"");
          if(!/^-?\\d+(\\.\\d{1,2})?$/.test(t))return null;
          var neg=t.charAt(0)==="-";if(neg)t=t.slice(1);var p=t.split(".");
            var f=parseInt(p[0],10)*100+(p[1]?parseInt((p[1]+"0").slice(0,2),10):0);
          return neg?-f:f;}
        function yuan(f){var neg=f<0;f=Math.abs(f);
          var s=String(Math.floor(f/100)).replace(/\\B(?=(\\d{3})+(?!\\d))/g,",");
          return (neg?"-":"")+s+"."+String(f%100+100).slice(1);}
        function sum(table,column){var total=0,ok=true;
          var re=new RegExp("^"+table.replace(/[.]/g,"\\\\.")+"\\\\.\\\\d+\\\\."+column+"$");
          document.querySelectorAll("input").forEach(function(i){if(re.test(i.name)&&i.value.trim()!==""){
            var v=fen(i.value);if(v===null)ok=false;else total+=v;}});
          return ok?total:null;}
        function recompute(){
          document.querySelectorAll("output[data-sum]").forEach(function(o){var key=o.getAttribute("data-sum");
            var dot=key.indexOf(".");
            var s=sum(key.slice(0,dot),key.slice(dot+1));o.textContent=s===null?unreadable:yuan(s);});
          var implied=document.querySelector("output[data-implied=closing]");
          if(implied){var open=document.getElementById("f-opening_balance");var o=open?fen(open.value):null;
            var a=sum("income","amount"),b=sum("expense","amount");
            implied.textContent=(o===null||a===null||b===null)?"—":yuan(o+a-b);}
        }
        document.addEventListener("input",recompute);
        document.addEventListener("click",function(e){
          var b=e.target.closest("button[data-add-row]");if(!b)return;
          var name=b.getAttribute("data-add-row");
            var tpl=document.querySelector("template[data-row-template='"+name+"']");
          var table=document.querySelector("table[data-table='"+name+"'] tbody");if(!tpl||!table)return;
          e.preventDefault();
          var max=0;table.querySelectorAll("input,select").forEach(function(i){
            var m=i.name.slice(name.length+1).match(/^(\\d+)\\./);if(m)max=Math.max(max,+m[1]);});
          var n=max+1;
            var html=tpl.innerHTML.split("__ROW__").join(String(n))
              .split("__POS__").join(String(table.rows.length+1));
          var holder=document.createElement("tbody");holder.innerHTML=html;var row=holder.firstElementChild;
          row.querySelector("th").textContent=String(table.rows.length+1);table.appendChild(row);
          var first=row.querySelector("input,select");if(first)first.focus();recompute();
        });
        // Cells copied from a spreadsheet and pasted into a table's cell: the server places them
        // from that cell on (the page's paste box and its button, with the row and column).
        document.addEventListener("paste",function(e){
          // Pasted into the box under a table: placed at once, after the browser has put it there.
          var box=e.target.closest&&e.target.closest("textarea[data-paste]");
          if(box){var into=document.querySelector("button[data-paste-into='"+box.getAttribute("data-paste")+"']");
            if(into)setTimeout(function(){sending=true;
              if(into.form.requestSubmit)into.form.requestSubmit(into);else into.click();},0);return;}
          var cell=e.target.closest&&e.target.closest("table.rows tbody td");if(!cell)return;
          var text=(e.clipboardData||window.clipboardData).getData("text/plain")||"";
          if(text.indexOf("\\t")<0&&text.replace(/\\r?\\n$/,"").indexOf("\\n")<0)return;
          var table=cell.closest("table[data-table]");if(!table)return;
          var name=table.getAttribute("data-table");
          var area=document.querySelector("textarea[data-paste='"+name+"']");
          var button=document.querySelector("button[data-paste-into='"+name+"']");if(!area||!button)return;
          e.preventDefault();
          var tr=cell.closest("tr"),row=Array.prototype.indexOf.call(tr.parentNode.children,tr)+1;
          var field=e.target.closest("input,select"),column=field?field.name.split(".").pop():"";
          area.value=text;button.value="paste:"+name+":"+row+":"+column;sending=true;
          if(button.form.requestSubmit)button.form.requestSubmit(button);else button.click();
        });
        var summary=document.getElementById("summary");if(summary)summary.focus();
        var form=document.querySelector("form[data-editable]"),dirty=false,sending=false;
        if(form){form.addEventListener("input",function(){dirty=true;});
          form.addEventListener("change",function(){dirty=true;});
          form.addEventListener("submit",function(){sending=true;});
          window.addEventListener("beforeunload",function(e){if(dirty&&!sending){e.preventDefault();
            e.returnValue="";return "";}});}
        recompute();
        })();
        """
}
